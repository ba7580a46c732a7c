// Faults the blind review of session 24 found (test/eval/dispatch-review-s24/), and those session 23's
// left, each tested as a general rule through the real analyzer and the shipped data.
import { strict as assert } from 'node:assert';
import { tokenReader } from './helpers/tokenReadings';

describe('analysis: faults the blind review found (session 24)', function () {
  this.timeout(60000);
  const { token } = tokenReader();
  /** The first sense of the nth token written `form`. */
  const first = (text: string, form: string, nth = 0) => {
    const t = token(text, form, nth);
    return t.senses?.[0] ?? t.gloss;
  };

  it('il and elle read "it" first when they stand for a thing: the subject of their clause or of the sentence before', () => {
    assert.equal(first('La commission a publié son rapport mardi. Elle estime que la réforme est nécessaire.', 'Elle'), 'it');
    assert.equal(first('Le gouvernement a annoncé qu’il allait réduire le déficit.', 'il'), 'it');
    assert.equal(first('La loi, qui entre en vigueur lundi, est contestée. Elle prévoit des amendes. Elle a été votée en mars.', 'Elle', 1), 'it');
    // A country or an organisation the glosses give a gender to is a thing too.
    assert.equal(first('Le Soudan a rejeté le projet. Il réclame un accord contraignant.', 'Il'), 'it');
    // A person stays « he » or « she »: the subject is a person's noun, or a person is in sight.
    assert.equal(first('Le ministre a présenté le texte. Il a promis une hausse.', 'Il'), 'he');
    assert.equal(first('La ministre a dit qu’elle partirait.', 'elle'), 'she');
    assert.equal(first('Le gouvernement de Justin Trudeau a annoncé qu’il partirait.', 'il'), 'he');
    assert.equal(first('Sa carte de crédit est refusée et la touriste dit qu’elle doit payer.', 'elle'), 'she');
    // A noun before a comma is no subject (« Le 27 mai, il… »), nor is the head of a relative clause.
    assert.equal(first('Le 27 mai 2009, il participe à un match.', 'il'), 'he');
    assert.equal(first('Cet abandon annihile le but qu’il s’était fixé.', 'il'), 'he');
    // The impersonal il keeps its own sense.
    assert.match(first('Le gouvernement affirme qu’il faut agir.', 'il') ?? '', /impersonal/);
  });

  it('a word in -ment is no person: « un mouvement qui » is which', () => {
    assert.match(first('Le gouvernement a dénoncé un mouvement qui paralyse le pays.', 'qui') ?? '', /^which/);
    assert.match(first('Un ministre qui parle trop.', 'qui') ?? '', /^who/);
  });

  it('a pronoun that opens the text has no antecedent and keeps its first sense', () => {
    assert.equal(first('Elle a voté contre le texte.', 'Elle'), 'she');
    assert.equal(first('Il a voté contre le texte. Il est parti.', 'Il', 1), 'he');
  });
});

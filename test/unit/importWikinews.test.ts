// Real news as a learner copies it from French Wikinews (test/fixtures/wikinews, CC BY 2.5): the
// headline, the date line « 14 janvier 2016. – » (under a lead or a notice at times), attribution
// lines under pull quotes whose quote did not come along, photo captions, and « l' ONU ».
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectDateline } from '../../src/core/import/dateline';
import { importDepsFromData } from '../../src/core/import/deps';
import { isPageFurniture, withoutPageFurniture } from '../../src/core/import/furniture';
import { importDispatch, suggestSeriesTitle } from '../../src/core/import/importer';
import { frenchTypography } from '../../src/core/import/typography';
import { parseLesson } from '../../src/core/lesson/parser';
import { analysisDataDir } from './helpers/analysisData';
import { WIKINEWS_FIRST_EIGHT } from './quizDispatches';

const WIKINEWS = path.join(__dirname, '..', 'fixtures', 'wikinews', '2016');
const article = (name: string) => fs.readFileSync(path.join(WIKINEWS, name.slice(5, 7), `${name}.txt`), 'utf8');

describe('import: Wikinews articles', function () {
  this.timeout(60000);

  it('reads the date line under the headline and drops it from the text', () => {
    const r = detectDateline(['René Angélil meurt à 73 ans', '14 janvier 2016. –', 'René Angélil, connu comme agent artistique.']);
    assert.deepEqual(r.dateline, { raw: '14 janvier 2016. –', date: '2016-01-14' });
    assert.deepEqual(r.paragraphs, ['René Angélil meurt à 73 ans', 'René Angélil, connu comme agent artistique.']);
  });

  it('reads a date line with a time, or opening the text, or under a lead or a notice', () => {
    assert.equal(detectDateline(['Titre', '1er janvier 2016, 14h30. –', 'Un homme a foncé.']).dateline?.date, '2016-01-01');
    assert.equal(detectDateline(['Titre', '7 janvier 2016, 11 h 40 UTC. –', 'Un homme.']).dateline?.date, '2016-01-07');
    // Tuning 2: a time with a colon and the zone in brackets (it had stayed in the text and been quizzed).
    assert.deepEqual(detectDateline(['Titre', '31 mars 2016, 15:37 (UTC). –', 'Un viaduc.']), { dateline: { raw: '31 mars 2016, 15:37 (UTC). –', date: '2016-03-31' }, paragraphs: ['Titre', 'Un viaduc.'] });
    const opening = detectDateline(['Titre', 'Un résumé du fait.', '15 février 2016. – Les bombardements ont touché un hôpital.']);
    assert.equal(opening.dateline?.date, '2016-02-15');
    assert.deepEqual(opening.paragraphs, ['Titre', 'Un résumé du fait.', 'Les bombardements ont touché un hôpital.']);
  });

  it('takes attribution lines, captions, notices and lines without words for page furniture, and prose for prose', () => {
    for (const p of ['— Page Facebook de Céline Dion', '— Jennifer Psaki, directrice de la communication de la Maison-Blanche', 'Aviation Russe, 22 octobre 2015.', '.',
      'Cet article mentionne la Fondation Wikimedia ou un de ses projets. Notez que Wikinews est un projet de la Fondation Wikimedia.']) {
      assert.ok(isPageFurniture(p), p);
    }
    for (const p of ['— Jean-Luc Boch (maire)', '— Luca, 32 ans', "— Jean-Michel Aulas, président de l'Olympique lyonnais."]) {
      assert.ok(isPageFurniture(p), p);
    }
    // A dialogue line is prose: the learner's text loses nothing.
    for (const p of ['Le 30 décembre 2015, les accords de Minsk 2 avaient été prolongés.', '« Nous avons été en contact avec les Iraniens »', 'Ce test aurait échoué.',
      '— Nous ne céderons pas, a dit le ministre.', '— Vous partez demain ?', '— Il faut négocier, répond-il.']) {
      assert.ok(!isPageFurniture(p), p);
    }
  });

  it("takes Wikinews' update notice, review status and links to sister projects for furniture (tuning 2: « actualiser », « ressource », « État » had been taught)", async () => {
    for (const p of ['Page actualisée : 23 mars 2016 — « Attentats de Bruxelles : le second kamikaze a été identifié »', 'État  Vérifié', 'État : Publié',
      'Vous pouvez également consulter les articles suivants sur les autres projets Wikimedia :', 'Ressources multimédia sur Commons.', 'Article sur Wikipédia.']) {
      assert.ok(isPageFurniture(p), p);
    }
    for (const p of ["L'État islamique a revendiqué l'attentat.", 'Article 49.3 : le gouvernement passe en force.', 'État\u00a0: la dette augmente de 2 %.']) {
      assert.ok(!isPageFurniture(p), p);
    }
    const deps = importDepsFromData(analysisDataDir());
    for (const name of ['2016_03_23-001', '2016_04_10-001']) {
      const series = await importDispatch(article(name), deps, { fileName: `${name}.txt` });
      for (const l of series.lessons) {
        const lesson = parseLesson(l.markdown, l.fileName);
        const text = lesson.paragraphs.map((p) => p.text).join('\n');
        assert.doesNotMatch(text, /Page actualisée|Vérifié|Wikimedia|Commons|Wikipédia/u, l.fileName);
        assert.ok(!lesson.glossary.some((g) => ['actualiser', 'ressource', 'État', 'multimédia'].includes(g.headword)), l.fileName);
      }
    }
  });

  it("closes the space a web page leaves after an elision (« l' ONU »), not before a quotation mark", () => {
    assert.equal(frenchTypography("a affirmé l' ONU lundi, la liquidation d' Air Méditerranée"), "a affirmé l'ONU lundi, la liquidation d'Air Méditerranée");
    assert.equal(frenchTypography("a indiqué qu' « il n'y avait plus »"), "a indiqué qu' «\u00a0il n'y avait plus\u00a0»");
  });

  it('drops footnote calls (« 6 [1] fois ») but keeps « […] », and a straight quote doubling a guillemet', () => {
    assert.deepEqual(withoutPageFurniture(['le mois de janvier présente 6 [1] fois sur 10 le chiffre le plus haut.', 'causes de décès [2], il est impossible', '« prendre toutes les mesures […] pour que le Nord paie »']),
      ['le mois de janvier présente 6 fois sur 10 le chiffre le plus haut.', 'causes de décès, il est impossible', '« prendre toutes les mesures […] pour que le Nord paie »']);
    assert.equal(frenchTypography('« (Le siècle dernier) a été extraordinaire et la montée s\'est accélérée ces 20 dernières années" »'),
      '«\u00a0(Le siècle dernier) a été extraordinaire et la montée s\'est accélérée ces 20 dernières années\u00a0»');
  });

  it('joins superscripts a web page left apart: « 18e arrondissement », « 1er mars », « XXe siècle », « Mgr Cadieux »', () => {
    assert.equal(frenchTypography('du 18 e arrondissement, le 1 er mars, au XX e siècle, M gr Cadieux, la 2 e fois'), 'du 18e arrondissement, le 1er mars, au XXe siècle, Mgr Cadieux, la 2e fois');
    assert.equal(frenchTypography('Il a 3 enfants et le groupe C a gagné, 5 e-mails'), 'Il a 3 enfants et le groupe C a gagné, 5 e-mails');
  });

  it('imports an article: the headline as title, the date line as the date, no furniture taught or quizzed', async () => {
    const deps = importDepsFromData(analysisDataDir());
    const iran = await importDispatch(article('2016_01_12-002'), deps, { fileName: 'iran.txt' });
    assert.equal(iran.title, 'Une dizaine de soldats américains appréhendés dans les eaux…');
    assert.equal(iran.date, '2016-01-12');
    const syria = await importDispatch(article('2016_02_15-002'), deps, { fileName: 'syrie.txt' });
    assert.equal(syria.date, '2016-02-15');
    const panorama = await importDispatch(article('2016_01_21-002'), deps, { fileName: 'panorama.txt' });
    assert.equal(panorama.title, 'France\u00a0: la liberté de panorama (partiellement) adoptée');
    for (const series of [iran, syria, panorama]) {
      for (const l of series.lessons) {
        const text = parseLesson(l.markdown, l.fileName).paragraphs.map((p) => p.text).join('\n');
        assert.doesNotMatch(text, /2016\. –|^—|Jennifer Psaki|Aviation Russe|Wikimedia ou un de ses projets|\b[ld]' \p{L}/mu, l.fileName);
      }
    }
    assert.equal(suggestSeriesTitle(article('2016_02_15-002'), 'syrie.txt'), 'Des bombardements touchent plusieurs hôpitaux et écoles dans le nord…');
  });

  it("keeps issue 12's rules on the eight articles: the headline for title, the date, no notes where nothing was repaired, no weekday or month rows, a name taught once per series", async () => {
    const deps = importDepsFromData(analysisDataDir());
    const CALENDAR = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/u;
    for (const month of ['01', '02']) {
      for (const file of WIKINEWS_FIRST_EIGHT.filter((n) => n.slice(5, 7) === month).map((n) => `${n}.txt`)) {
        const name = file.replace(/\.txt$/u, '');
        const text = article(name);
        const series = await importDispatch(text, deps, { fileName: file, learnerLevel: 'B2' });
        const headline = text.split('\n')[0]!.trim();
        assert.equal(series.title.replace(/\u00a0/gu, ' ').replace(/…$/u, ''), headline.slice(0, series.title.replace(/…$/u, '').length), file);
        assert.equal(series.date, `2016-${month}-${name.slice(8, 10)}`, file);
        const names = new Set<string>();
        for (const l of series.lessons) {
          const lesson = parseLesson(l.markdown, l.fileName);
          assert.deepEqual(lesson.notes, [], `${file} ${l.fileName}: notes`);
          for (const g of lesson.glossary) {
            assert.doesNotMatch(g.headword, CALENDAR, `${file} ${l.fileName}`);
            if (g.pos !== 'PROPN') continue;
            assert.ok(!names.has(g.headword), `${file}: ${g.headword} taught twice`);
            names.add(g.headword);
          }
        }
      }
    }
  });
});

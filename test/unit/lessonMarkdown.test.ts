import { strict as assert } from 'node:assert';
import { renderInlineNote, renderSafeMarkdown } from '../../src/core/lesson/markdown';

describe('renderSafeMarkdown', () => {
  it('renders ordinary Markdown', () => {
    assert.equal(renderSafeMarkdown('*Pékin* or **Beijing**'), '<p><em>Pékin</em> or <strong>Beijing</strong></p>\n');
  });

  it('escapes a <script> block instead of passing it through', () => {
    const html = renderSafeMarkdown('<script>alert(1)</script>');
    assert.ok(!html.includes('<script'), html);
    assert.equal(html, '&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes inline HTML such as <img onerror>', () => {
    const html = renderSafeMarkdown('before <img src=x onerror=alert(1)> after');
    assert.equal(html, '<p>before &lt;img src=x onerror=alert(1)&gt; after</p>\n');
  });

  it('escapes attributes in block HTML', () => {
    const html = renderSafeMarkdown('<div onclick="alert(1)">\n\ntext\n</div>');
    assert.ok(!/<div/i.test(html), html);
  });

  it('turns javascript: links into their text, in any case and as autolinks', () => {
    for (const md of ['[x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x]( javascript:alert(1) "t")']) {
      assert.equal(renderSafeMarkdown(md), '<p>x</p>\n', md);
    }
    assert.ok(!renderSafeMarkdown('<javascript:alert(1)>').includes('<a'));
  });

  it('drops data:, file: and relative links to their text', () => {
    assert.equal(renderSafeMarkdown('[a](data:text/html,hi) [b](file:///etc/passwd) [c](notes.md)'), '<p>a b c</p>\n');
  });

  it('keeps http(s) and mailto links, with attributes escaped', () => {
    assert.equal(
      renderSafeMarkdown('[s](https://example.org/?q="x" "a<b") [m](mailto:a@example.org)'),
      '<p><a href="https://example.org/?q=&quot;x&quot;" title="a&lt;b">s</a> <a href="mailto:a@example.org">m</a></p>\n',
    );
  });

  it('reduces images to their escaped alt text', () => {
    assert.equal(renderSafeMarkdown('![a <b> map](https://example.org/map.png)'), '<p>a &lt;b&gt; map</p>\n');
  });

  it('escapes HTML in code spans', () => {
    assert.equal(renderSafeMarkdown('`<b>`'), '<p><code>&lt;b&gt;</code></p>\n');
  });
});

describe('renderInlineNote', () => {
  it('gives a glossary note as inline HTML and as plain text', () => {
    assert.deepEqual(renderInlineNote("plural *chefs d'État*; `Etat` is a typo"), {
      text: "plural chefs d'État; Etat is a typo",
      html: 'plural <em>chefs d&#39;État</em>; <code>Etat</code> is a typo',
    });
  });

  it('escapes <script> and <img onerror>, and drops javascript: links to their text', () => {
    const { html, text } = renderInlineNote('<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))');
    assert.equal(html, '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; click');
    assert.equal(text, '<script>alert(1)</script> <img src=x onerror=alert(2)> click');
  });
});

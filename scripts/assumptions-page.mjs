// Renders the docs page "What we know, what we assume" (docs/en/assumptions.md) and its Spanish
// version (docs/es/assumptions.md) from the data they publish: the wire assumptions of
// spec/blizwork.openapi.yaml, the behaviour assumptions of spec/assumptions.yaml (read through
// @blizwork/client's reader, the one `pnpm generate` uses), the wrapper comparison of
// spec/wrapper-wire.yaml and the Spanish texts of spec/assumptions.es.yaml.
//
// `node scripts/assumptions-page.mjs` writes both pages (`pnpm generate` runs it);
// tests/repo/test/assumptions-page.test.ts fails when a committed page differs from what this
// renders. Every text taken from the data is escaped for Markdown; code spans stay as written.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { readAssumptionFiles } from '../packages/client/scripts/assumptions-source.mjs';

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const readYaml = (relative) => parse(readFileSync(here(relative), 'utf8'));

/** The committed pages, by language. */
export const PAGE_PATHS = {
  en: here('../docs/en/assumptions.md'),
  es: here('../docs/es/assumptions.md'),
};

const WORDS = {
  en: {
    title: 'What we know, what we assume',
    other: '_En español: [Lo que sabemos, lo que suponemos](../es/assumptions.md)._',
    intro: [
      'BlizWork documents part of its API, on the pages listed below (in Spanish; some of them cut',
      'off). Everything else this SDK, its emulator and its CLI know comes from the Python wrapper',
      '`blizworkapi` 0.1.0, the only client known to have worked against production, or is inferred.',
      'This page lists every such assumption, what it rests on, and what happens if it is wrong.',
      '',
      'Each assumption has a stable id. The spec labels every fact it states with its source and the',
      'assumptions it rests on (`x-blizwork-source`, `x-blizwork-assumptions`), the code cites the',
      'assumptions it relies on (`assumption:<id>`), and `@blizwork/client` exports the list as',
      '`ASSUMPTIONS`. This page is generated from that data by `pnpm generate`.',
    ],
    sources: 'The sources',
    sourcesIntro: 'The BlizWork documentation pages the spec cites:',
    page: 'page',
    wrapperSource:
      'The wrapper is [`blizworkapi` 0.1.0](https://pypi.org/project/blizworkapi/0.1.0/) (its code and its README).',
    counts: 'assumptions',
    kinds: {
      wire: 'Wire assumptions: request and reply shapes',
      behaviour: 'Behaviour assumptions: how BlizWork behaves',
    },
    kindIntro: {
      wire: 'Defined in the spec (`x-blizwork-assumptions`); each lists the places of the spec that rest on it.',
      behaviour:
        'Defined in `spec/assumptions.yaml`; each lists what relies on it in the SDK, the emulator and the CLI.',
    },
    source: { documented: 'Documented', wrapper: 'From the wrapper', inferred: 'Inferred' },
    evidence: 'evidence',
    assumed: 'Assumed',
    why: 'Why',
    ifWrong: 'If it is wrong',
    relies: 'What rests on it',
    wrapperTitle: 'From the Python wrapper, call by call',
    wrapperIntro: [
      'What the wrapper sends for each of its calls (with `NODE_ENV` unset, its default), next to the',
      "SDK's equivalent call (a client created with `new BlizWork({ token, userId })`). A test sends",
      'every SDK call to a recording server and fails when the requests differ in a way this page',
      'does not list.',
    ],
    call: 'call',
    wrapper: 'Python wrapper',
    sdk: '`@blizwork/sdk`',
    sends: 'the wrapper sends',
    nothing: 'nothing',
    differences: 'Every difference',
    member: 'member',
    wrapperValue: 'wrapper',
    sdkValue: 'SDK',
    whyColumn: 'why',
    absent: '(absent)',
    kindsOfDifference: {
      'wrapper-bug': 'wrapper bug, fixed',
      documented: 'documented form',
      inferred: 'inference',
      'sdk-default': 'SDK default',
    },
    notInWrapper:
      'Not in the wrapper at all: `p.startCase()` (`POST /init/{token}`), `bw.sendNotification()` (`POST /utils/send-notification/{token}`) and the documented form of validatecall.',
  },
  es: {
    title: 'Lo que sabemos, lo que suponemos',
    other: '_In English: [What we know, what we assume](../en/assumptions.md)._',
    intro: [
      'BlizWork documenta parte de su API, en las páginas que se listan abajo (algunas cortadas).',
      'Todo lo demás que saben este SDK, su emulador y su CLI viene del wrapper de Python',
      '`blizworkapi` 0.1.0, el único cliente que se sabe que funcionó contra producción, o es una',
      'inferencia. Esta página lista cada una de esas suposiciones, en qué se apoya y qué pasa si es',
      'falsa.',
      '',
      'Cada suposición tiene un id estable. La especificación marca cada hecho que afirma con su',
      'fuente y las suposiciones en las que se apoya (`x-blizwork-source`, `x-blizwork-assumptions`),',
      'el código cita las suposiciones de las que depende (`assumption:<id>`) y `@blizwork/client`',
      'exporta la lista como `ASSUMPTIONS`. `pnpm generate` genera esta página a partir de esos datos.',
    ],
    sources: 'Las fuentes',
    sourcesIntro: 'Las páginas de la documentación de BlizWork que cita la especificación:',
    page: 'página',
    wrapperSource:
      'El wrapper es [`blizworkapi` 0.1.0](https://pypi.org/project/blizworkapi/0.1.0/) (su código y su README).',
    counts: 'suposiciones',
    kinds: {
      wire: 'Suposiciones de formato: peticiones y respuestas',
      behaviour: 'Suposiciones de comportamiento: cómo se comporta BlizWork',
    },
    kindIntro: {
      wire: 'Definidas en la especificación (`x-blizwork-assumptions`); cada una lista los lugares de la especificación que se apoyan en ella.',
      behaviour:
        'Definidas en `spec/assumptions.yaml`; cada una lista qué depende de ella en el SDK, el emulador y la CLI.',
    },
    source: { documented: 'Documentada', wrapper: 'Del wrapper', inferred: 'Inferida' },
    evidence: 'evidencia',
    assumed: 'Se supone',
    why: 'Por qué',
    ifWrong: 'Si es falsa',
    relies: 'Qué se apoya en ella',
    wrapperTitle: 'Desde el wrapper de Python, llamada a llamada',
    wrapperIntro: [
      'Lo que envía el wrapper en cada una de sus llamadas (con `NODE_ENV` sin definir, su valor por',
      'defecto), junto a la llamada equivalente del SDK (un cliente creado con',
      '`new BlizWork({ token, userId })`). Una prueba envía cada llamada del SDK a un servidor que',
      'registra las peticiones y falla cuando difieren de una forma que esta página no lista.',
    ],
    call: 'llamada',
    wrapper: 'wrapper de Python',
    sdk: '`@blizwork/sdk`',
    sends: 'el wrapper envía',
    nothing: 'nada',
    differences: 'Todas las diferencias',
    member: 'miembro',
    wrapperValue: 'wrapper',
    sdkValue: 'SDK',
    whyColumn: 'por qué',
    absent: '(ausente)',
    kindsOfDifference: {
      'wrapper-bug': 'fallo del wrapper, corregido',
      documented: 'forma documentada',
      inferred: 'inferencia',
      'sdk-default': 'valor por defecto del SDK',
    },
    notInWrapper:
      'Fuera del wrapper: `p.startCase()` (`POST /init/{token}`), `bw.sendNotification()` (`POST /utils/send-notification/{token}`) y la forma documentada de validatecall.',
  },
};

/** Escapes Markdown in prose taken from the data, leaving `code spans` as written. */
function prose(text, pages = {}) {
  return String(text)
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(`[^`]*`)/)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      const escaped = part.replace(/[\\*_[\]<>|#]/g, (char) => `\\${char}`);
      // Documentation pages cited as P1..P8 link to the page.
      return escaped.replace(/\bP(\d+)\b/g, (match) =>
        Object.hasOwn(pages, match) ? `[${match}](${pages[match].url})` : match,
      );
    })
    .join('');
}

/** A value shown in a code span (JSON for anything but a string). */
function code(value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.replace(/\|/g, '\\|')}${fence}`;
}

const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** The Spanish texts, checked against the definitions: every id has one, and no other. */
function spanishTexts(assumptions, differences) {
  const es = readYaml('../spec/assumptions.es.yaml');
  const ids = new Set(assumptions.map((assumption) => assumption.id));
  const missing = [...ids].filter((id) => !Object.hasOwn(es.assumptions ?? {}, id));
  const extra = Object.keys(es.assumptions ?? {}).filter((id) => !ids.has(id));
  const keys = new Set(differences.map((d) => `${d.call}/${d.member}`));
  const missingDiffs = [...keys].filter((key) => !Object.hasOwn(es.differences ?? {}, key));
  const extraDiffs = Object.keys(es.differences ?? {}).filter((key) => !keys.has(key));
  const problems = [
    ...missing.map((id) => `no Spanish text for assumption "${id}"`),
    ...extra.map((id) => `Spanish text for unknown assumption "${id}"`),
    ...missingDiffs.map((key) => `no Spanish reason for difference "${key}"`),
    ...extraDiffs.map((key) => `Spanish reason for unknown difference "${key}"`),
  ];
  for (const assumption of assumptions) {
    const text = es.assumptions?.[assumption.id];
    if (text === undefined) continue;
    for (const field of ['reference', 'statement', 'reasoning', 'ifWrong'])
      if (typeof text[field] !== 'string' || text[field].trim() === '')
        problems.push(`assumption "${assumption.id}" has no Spanish ${field}`);
  }
  if (problems.length > 0)
    throw new Error(`spec/assumptions.es.yaml is out of date:\n- ${problems.join('\n- ')}`);
  return es;
}

/** The page in `language` (`en` or `es`), as Markdown formatted by Prettier (as committed). */
export async function renderAssumptionsPage(language) {
  const words = WORDS[language];
  const { assumptions, pages, problems } = readAssumptionFiles();
  if (problems.length > 0)
    throw new Error(`the spec's sources are incomplete:\n${problems.join('\n')}`);
  const registry = readYaml('../spec/assumptions.yaml');
  const wire = readYaml('../spec/wrapper-wire.yaml');
  const es = spanishTexts(assumptions, wire.differences);
  const registered = new Map(registry.assumptions.map((entry) => [entry.id, entry.subjects]));
  const text = (assumption, field) =>
    language === 'es' ? es.assumptions[assumption.id][field] : assumption[field];

  const out = [
    '---',
    `title: ${words.title}`,
    'group: Guides',
    '---',
    '',
    '<!-- Generated by scripts/assumptions-page.mjs from spec/: do not edit. Run `pnpm generate`. -->',
    '',
    `# ${words.title}`,
    '',
    words.other,
    '',
    words.intro.join('\n'),
    '',
    table(
      ['', ...Object.values(words.source)],
      ['wire', 'behaviour'].map((kind) => [
        words.kinds[kind].split(':')[0],
        ...Object.keys(words.source).map(
          (source) => `${assumptions.filter((a) => a.kind === kind && a.source === source).length}`,
        ),
      ]),
    ),
    '',
    `## ${words.sources}`,
    '',
    words.sourcesIntro,
    '',
    table(
      [words.page, ''],
      Object.entries(pages).map(([page, { title, url }]) => [page, `[${prose(title)}](${url})`]),
    ),
    '',
    words.wrapperSource,
  ];
  for (const kind of ['wire', 'behaviour']) {
    out.push('', `## ${words.kinds[kind]}`, '', words.kindIntro[kind]);
    for (const assumption of assumptions.filter((a) => a.kind === kind)) {
      // A behaviour's own subjects are prose (translated); the spec sites are names.
      const own = kind === 'behaviour' ? (registered.get(assumption.id) ?? []) : [];
      const ownText =
        language === 'es' && kind === 'behaviour'
          ? (es.assumptions[assumption.id].subjects ?? own)
          : own;
      const sites = assumption.subjects.filter((subject) => !own.includes(subject));
      const relies = [...ownText.map((subject) => prose(subject, pages)), ...sites.map(code)];
      out.push(
        '',
        `### ${code(assumption.id)}`,
        '',
        `**${words.source[assumption.source]}**; ${words.evidence}: ${prose(text(assumption, 'reference'), pages)}`,
        '',
        `**${words.assumed}:** ${prose(text(assumption, 'statement'), pages)}`,
        '',
        `**${words.why}:** ${prose(text(assumption, 'reasoning'), pages)}`,
        '',
        `**${words.ifWrong}:** ${prose(text(assumption, 'ifWrong'), pages)}`,
        '',
        `**${words.relies}:** ${relies.join(', ')}.`,
      );
    }
  }
  out.push(
    '',
    `## ${words.wrapperTitle}`,
    '',
    words.wrapperIntro.join('\n'),
    '',
    table(
      [words.call, words.wrapper, words.sdk, words.sends],
      wire.calls.map((row) => [
        code(row.id),
        code(row.wrapper),
        code(row.sdk),
        row.request === null
          ? words.nothing
          : `${code(`${row.request.method} ${row.request.path}`)} ${code(row.request.body)}`,
      ]),
    ),
    '',
    `### ${words.differences}`,
    '',
    table(
      [words.call, words.member, words.wrapperValue, words.sdkValue, '', words.whyColumn],
      wire.differences.map((difference) => [
        code(difference.call),
        code(difference.member),
        ...[difference.wrapper, difference.sdk].map((value) =>
          value !== null
            ? code(value)
            : difference.member === 'request'
              ? words.nothing
              : words.absent,
        ),
        words.kindsOfDifference[difference.kind],
        prose(
          language === 'es'
            ? es.differences[`${difference.call}/${difference.member}`]
            : difference.reason,
          pages,
        ) + (difference.assumption ? ` (${code(difference.assumption)})` : ''),
      ]),
    ),
    '',
    words.notInWrapper,
    '',
  );
  const options = await resolveConfig(PAGE_PATHS[language]);
  return format(out.join('\n'), { ...options, parser: 'markdown' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [language, path] of Object.entries(PAGE_PATHS)) {
    writeFileSync(path, await renderAssumptionsPage(language));
  }
  console.log('Wrote docs/en/assumptions.md and docs/es/assumptions.md');
}

// Writes large, realistic coverage reports for `npm run bench`, deterministically (no randomness):
//   node bench/generate-reports.mjs DIR [MB]
// A Cobertura XML, an LCOV file and a JaCoCo XML of about MB megabytes each (default 150; JaCoCo 2/3 of it).
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

const [dir = 'bench/.reports', mbArgument = '150'] = process.argv.slice(2);
const targetBytes = Number(mbArgument) * 1024 * 1024;
await mkdir(dir, { recursive: true });

/** Streams chunks to a file, respecting backpressure. */
async function writeFile(path, produce) {
  const out = createWriteStream(path);
  let written = 0;
  const write = (text) =>
    new Promise((done) => {
      written += Buffer.byteLength(text);
      if (out.write(text)) done();
      else out.once('drain', done);
    });
  await produce(write, () => written);
  await new Promise((done) => out.end(done));
  return written;
}

// Hits follow a fixed pattern so about 70 % of lines are covered and every 7th line is a branch.
const hitsOf = (file, line) => ((file * 31 + line * 17) % 10 < 7 ? ((file + line) % 50) + 1 : 0);

const cobertura = await writeFile(join(dir, 'large-cobertura.xml'), async (write, written) => {
  await write(
    '<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n',
  );
  await write('<coverage line-rate="0.7" branch-rate="0.5" version="7.4" timestamp="1700000000">\n');
  await write('  <sources><source>/home/runner/work/big/big</source></sources>\n  <packages>\n');
  for (let file = 0; written() < targetBytes; file++) {
    if (file % 50 === 0)
      await write(
        `${file ? '    </classes></package>\n' : ''}    <package name="pkg${file / 50}"><classes>\n`,
      );
    const lines = [
      `      <class name="File${file}" filename="src/pkg${Math.floor(file / 50)}/file${file}.py" line-rate="0.7">\n        <methods/>\n        <lines>\n`,
    ];
    for (let line = 1; line <= 400; line++) {
      const hits = hitsOf(file, line);
      lines.push(
        line % 7 === 0
          ? `          <line number="${line}" hits="${hits}" branch="true" condition-coverage="50% (1/2)"/>\n`
          : `          <line number="${line}" hits="${hits}"/>\n`,
      );
    }
    lines.push('        </lines>\n      </class>\n');
    await write(lines.join(''));
  }
  await write('    </classes></package>\n  </packages>\n</coverage>\n');
});

const lcov = await writeFile(join(dir, 'large.lcov'), async (write, written) => {
  for (let file = 0; written() < targetBytes; file++) {
    const lines = [`TN:\nSF:/home/runner/work/big/big/src/pkg${Math.floor(file / 50)}/file${file}.ts\n`];
    for (let fn = 1; fn <= 20; fn++) lines.push(`FN:${fn * 20},fn${fn}\nFNDA:${fn % 3},fn${fn}\n`);
    lines.push('FNF:20\nFNH:13\n');
    for (let line = 1; line <= 400; line++) {
      if (line % 7 === 0) lines.push(`BRDA:${line},0,0,${hitsOf(file, line)}\nBRDA:${line},0,1,-\n`);
      lines.push(`DA:${line},${hitsOf(file, line)}\n`);
    }
    lines.push('LF:400\nLH:280\nend_of_record\n');
    await write(lines.join(''));
  }
});

const jacoco = await writeFile(join(dir, 'large-jacoco.xml'), async (write, written) => {
  await write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">',
  );
  await write('<report name="big"><sessioninfo id="s" start="1" dump="2"/>');
  for (let file = 0; written() < (targetBytes * 2) / 3; file++) {
    if (file % 50 === 0) await write(`${file ? '</package>' : ''}<package name="com/acme/pkg${file / 50}">`);
    // As JaCoCo writes them: the classes of the package (with methods and counters), then its source files.
    const lines = [
      `<class name="com/acme/pkg${Math.floor(file / 50)}/File${file}" sourcefilename="File${file}.java">`,
      `<method name="run" desc="()V" line="1"><counter type="INSTRUCTION" missed="360" covered="840"/><counter type="LINE" missed="120" covered="280"/><counter type="METHOD" missed="0" covered="1"/></method>`,
      '<counter type="INSTRUCTION" missed="360" covered="840"/><counter type="LINE" missed="120" covered="280"/><counter type="METHOD" missed="0" covered="1"/><counter type="CLASS" missed="0" covered="1"/></class>',
      `<sourcefile name="File${file}.java">`,
    ];
    for (let line = 1; line <= 400; line++) {
      const covered = hitsOf(file, line) > 0;
      lines.push(
        `<line nr="${line}" mi="${covered ? 0 : 3}" ci="${covered ? 3 : 0}" mb="${line % 7 === 0 ? 1 : 0}" cb="${line % 7 === 0 ? 1 : 0}"/>`,
      );
    }
    lines.push('<counter type="LINE" missed="120" covered="280"/></sourcefile>');
    await write(lines.join(''));
  }
  await write('</package></report>');
});

console.log(JSON.stringify({ cobertura, lcov, jacoco }));

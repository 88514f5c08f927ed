import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/io/errors.js';
import { findMergeBase, findRepositoryRoot, listCommitFiles, listWorkingTreeFiles, readBlobs, resolveCommit } from '../../src/io/git.js';
import { readTreeFiles } from '../../src/io/tree-source.js';
import { kindOf, looksLikeTargets, readTreeDataset } from '../../src/io/tree-dataset.js';
import { commitAll, git, initRepository } from '../git-repository.js';
import { temporaryFolder } from '../helpers.js';

function repository(): string {
  const folder = temporaryFolder('iki-git-');
  initRepository(folder);
  return folder;
}

function write(folder: string, path: string, text: string): void {
  mkdirSync(join(folder, path, '..'), { recursive: true });
  writeFileSync(join(folder, path), text);
}

function errorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.code;
    throw error;
  }
  return undefined;
}

describe('git revisions', () => {
  test('root is found from a subfolder', () => {
    const folder = repository();
    mkdirSync(join(folder, 'data', 'positions'), { recursive: true });

    expect(findRepositoryRoot(join(folder, 'data', 'positions'))).toBe(git(folder, ['rev-parse', '--show-toplevel']));
  });

  test('folder outside a repository is rejected', () => {
    expect(errorCode(() => findRepositoryRoot(temporaryFolder('iki-plain-')))).toBe('GIT_NOT_REPOSITORY');
  });

  test('revisions resolve to commits', () => {
    const folder = repository();
    write(folder, 'a.yaml', 'x: 1\n');
    const first = commitAll(folder, 'pertama');
    write(folder, 'a.yaml', 'x: 2\n');
    const second = commitAll(folder, 'kedua');
    git(folder, ['tag', 'v2021', first]);

    expect(resolveCommit(folder, 'HEAD')).toBe(second);
    expect(resolveCommit(folder, 'HEAD~1')).toBe(first);
    expect(resolveCommit(folder, 'v2021')).toBe(first);
    expect(resolveCommit(folder, 'main')).toBe(second);
    expect(findMergeBase(folder, first, second)).toBe(first);
  });

  test('a repository without commits is named as such, not as an unknown revision', () => {
    const empty = repository();
    const committed = repository();
    write(committed, 'a.yaml', 'x: 1\n');
    commitAll(committed, 'pertama');

    expect(errorCode(() => resolveCommit(empty, 'HEAD'))).toBe('GIT_NO_COMMITS');
    expect(errorCode(() => resolveCommit(committed, 'tidak-ada'))).toBe('GIT_UNKNOWN_REVISION');
  });

  test('unrelated histories have no merge base', () => {
    const folder = repository();
    write(folder, 'a.yaml', 'x: 1\n');
    const first = commitAll(folder, 'pertama');
    git(folder, ['checkout', '-q', '--orphan', 'lain']);
    write(folder, 'a.yaml', 'x: 2\n');
    const second = commitAll(folder, 'lain');

    expect(errorCode(() => findMergeBase(folder, first, second))).toBe('GIT_NO_MERGE_BASE');
  });

  test.each([
    { name: 'unknown branch', revision: 'cabang-lain' },
    { name: 'beyond the first commit', revision: 'HEAD~5' },
    { name: 'option-like text', revision: '--all' },
    { name: 'a tree, not a commit', revision: 'HEAD^{tree}' },
  ])('$name is an unknown revision', ({ revision }) => {
    const folder = repository();
    write(folder, 'a.yaml', 'x: 1\n');
    commitAll(folder, 'pertama');

    expect(errorCode(() => resolveCommit(folder, revision))).toBe('GIT_UNKNOWN_REVISION');
  });

  test('commit files and blobs are read without a checkout', () => {
    const folder = repository();
    write(folder, 'data/positions/kabid-sosial.yaml', 'id: lama\n');
    write(folder, 'nama dengan spasi.yaml', 'id: spasi\n');
    const first = commitAll(folder, 'pertama');
    write(folder, 'data/positions/kabid-sosial.yaml', 'id: baru\n');
    commitAll(folder, 'kedua');
    write(folder, 'data/positions/kabid-sosial.yaml', 'id: belum-di-commit\n');

    const entries = listCommitFiles(folder, first);
    const blobs = readBlobs(
      folder,
      entries.map((entry) => entry.blob),
    );
    const texts = Object.fromEntries(entries.map((entry) => [entry.path, blobs.get(entry.blob)?.toString('utf8')]));

    expect(texts).toEqual({ 'data/positions/kabid-sosial.yaml': 'id: lama\n', 'nama dengan spasi.yaml': 'id: spasi\n' });
    expect(git(folder, ['status', '--porcelain'])).toBe('M data/positions/kabid-sosial.yaml');
  });

  test('blob reader ignores textconv', () => {
    const folder = repository();
    write(folder, '.gitattributes', '*.yaml diff=huruf-besar\n');
    write(folder, 'a.yaml', 'id: kecil\n');
    git(folder, ['config', 'diff.huruf-besar.textconv', 'tr a-z A-Z <']);
    const commit = commitAll(folder, 'pertama');

    const entry = listCommitFiles(folder, commit).find((e) => e.path === 'a.yaml');

    expect(
      readBlobs(folder, [entry?.blob ?? ''])
        .get(entry?.blob ?? '')
        ?.toString('utf8'),
    ).toBe('id: kecil\n');
  });

  test('working tree lists untracked files and skips ignored ones', () => {
    const folder = repository();
    write(folder, '.gitignore', 'keluaran/\n');
    write(folder, 'data/organisasi.yaml', 'id: a\n');
    commitAll(folder, 'pertama');
    write(folder, 'data/positions/baru.yaml', 'id: baru\n');
    write(folder, 'keluaran/laporan.yaml', 'id: abaikan\n');

    expect(listWorkingTreeFiles(folder).sort()).toEqual(['.gitignore', 'data/organisasi.yaml', 'data/positions/baru.yaml']);
  });
});

describe('readTreeFiles', () => {
  test('revision, working tree and folder give the same YAML files', () => {
    const folder = repository();
    write(folder, 'data/organisasi.yaml', 'id: a\n');
    write(folder, 'examples/2021/target.yaml', 'tahun: 2021\ntarget: {}\n');
    write(folder, 'node_modules/paket/x.yaml', 'id: paket\n');
    write(folder, 'README.md', '# proyek\n');
    const commit = commitAll(folder, 'pertama');
    const expected = new Map([
      ['data/organisasi.yaml', 'id: a\n'],
      ['examples/2021/target.yaml', 'tahun: 2021\ntarget: {}\n'],
    ]);

    expect(readTreeFiles({ kind: 'revision', root: folder, commit })).toEqual(expected);
    expect(readTreeFiles({ kind: 'worktree', root: folder })).toEqual(expected);
    expect(readTreeFiles({ kind: 'folder', root: folder })).toEqual(expected);
  });

  test('deleted tracked file is not in the working tree', () => {
    const folder = repository();
    write(folder, 'data/positions/lama.yaml', 'id: lama\n');
    write(folder, 'data/organisasi.yaml', 'id: a\n');
    commitAll(folder, 'pertama');
    rmSync(join(folder, 'data/positions/lama.yaml'));

    expect([...readTreeFiles({ kind: 'worktree', root: folder }).keys()]).toEqual(['data/organisasi.yaml']);
  });

  test('folder walk does not follow links', () => {
    const folder = temporaryFolder('iki-links-');
    write(folder, 'data/organisasi.yaml', 'id: a\n');
    symlinkSync(folder, join(folder, 'data', 'putaran'));

    expect([...readTreeFiles({ kind: 'folder', root: folder }).keys()]).toEqual(['data/organisasi.yaml']);
  });
});

describe('readTreeDataset', () => {
  test.each([
    { path: 'data/organisasi.yaml', dataDir: 'data', kind: 'organisasi' },
    { path: 'data/keputusan/kep-15-2021.yaml', dataDir: 'data', kind: 'keputusan' },
    { path: 'data/positions/kabid-sosial.yml', dataDir: 'data', kind: 'position' },
    { path: 'iki/data/positions/kabid-sosial.yaml', dataDir: 'iki/data', kind: 'position' },
    { path: 'positions/kabid-sosial.yaml', dataDir: '', kind: 'position' },
    { path: 'data/positions/arsip/lama.yaml', dataDir: 'data', kind: 'target' },
    { path: 'examples/2021/target.yaml', dataDir: 'data', kind: 'target' },
  ])('$path with data folder "$dataDir" is $kind', ({ path, dataDir, kind }) => {
    expect(kindOf(path, dataDir)).toBe(kind);
  });

  test.each([
    { name: 'targets file', text: 'versiSkema: 1\ntahun: 2021\ntarget:\n  a: {}\n', expected: true },
    { name: 'settings file', text: 'capaian:\n  metodeNegatif: 2T-R\n', expected: false },
    { name: 'nested keys only', text: 'jobs:\n  tahun: 1\n  target: 2\n', expected: false },
  ])('$name is recognised: $expected', ({ text, expected }) => {
    expect(looksLikeTargets(text)).toBe(expected);
  });

  test('schema findings carry the path from the root', () => {
    const texts = new Map([['data/organisasi.yaml', 'versiSkema: 1\nid: a\n']]);
    const read = readTreeDataset(texts, 'data');

    expect(read.dataFiles).toBe(1);
    expect(read.snapshot.organisation).toBeUndefined();
    expect(read.diagnostics.map((d) => [d.code, d.location.file])).toContainEqual(['SCHEMA_MISSING_KEY', 'data/organisasi.yaml']);
  });
});

/**
 * The project carries its own source of truth: docs/terms/terms-ja.txt must be
 * identical to the shared original (../shared/terms/terms-ja.txt) wherever that
 * file exists. Users and their CI have only the project's copy; there the
 * comparison is skipped and the copy's own shape is still checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TERMS_PATH } from '../support/terms-structure.js';

const SHARED = fileURLToPath(new URL('../../../shared/terms/terms-ja.txt', import.meta.url));

describe("the project's copy of the terms", () => {
  const copy = readFileSync(TERMS_PATH);

  it.skipIf(!existsSync(SHARED))('is byte for byte the shared original', () => {
    expect(copy.equals(readFileSync(SHARED))).toBe(true);
  });

  it('is the クラウド運用代行サービス利用約款 with its 30 articles and the specification', () => {
    const text = copy.toString('utf8');
    expect(text).toContain('クラウド運用代行サービス利用約款');
    expect(text).toContain('第 30 条（免責）');
    expect(text).toContain('2019 年 6 月 1 日 一部改訂（第 17 条 3 項追記）');
    expect(text).toContain('サービス仕様書');
  });
});

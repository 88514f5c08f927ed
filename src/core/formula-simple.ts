import type { AllowedFunction, Formula } from './formula.js';

/*
 * A direct reader for formulas written in the simple grammar, which is what
 * decrees contain:
 *
 *   sum     = product { ("+" | "-") product }
 *   product = unary { ("*" | "/") unary }
 *   unary   = ("-" | "+") unary | primary
 *   primary = number | name | ("min" | "max" | "abs") "(" sum { "," sum } ")" | "(" sum ")"
 *
 * with spaces and tabs between tokens, numbers such as `100`, `0.5` or `1e3`,
 * and names of ASCII letters, digits and `_`. It gives the tree mathjs would
 * give, so that the allow-list check over mathjs's reading and this reader
 * agree (test/core/formula.test.ts and the formula fuzz test compare them).
 *
 * It returns undefined for anything else, including every formula with a
 * problem: mathjs then reads the text and the allow-list names the problem.
 * Declining is always safe; accepting must be exact, which the formula fuzz
 * test checks against mathjs.
 */

// Below the depth at which the allow-list rejects a formula (MAX_FORMULA_DEPTH), with a margin.
const MAX_SIMPLE_HEIGHT = 24;

// Words mathjs reads as operators or constants rather than as names.
const MATHJS_WORDS: ReadonlySet<string> = new Set([
  'mod',
  'to',
  'in',
  'and',
  'or',
  'xor',
  'not',
  'true',
  'false',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  'end',
]);
const FUNCTIONS: ReadonlySet<string> = new Set<AllowedFunction>(['min', 'max', 'abs']);

const NUMBER = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

/** A subtree with its height in mathjs's tree, where parentheses are nodes too. */
interface Parsed {
  formula: Formula;
  height: number;
}

/** Reads a formula in the simple grammar; undefined when the text is outside it. */
export function parseSimpleFormula(text: string): Formula | undefined {
  const reader = new SimpleReader(text);
  const parsed = reader.sum();
  if (!parsed || !reader.atEnd() || parsed.height > MAX_SIMPLE_HEIGHT) return undefined;
  return parsed.formula;
}

class SimpleReader {
  private at = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    this.skipSpaces();
    return this.at === this.text.length;
  }

  sum(): Parsed | undefined {
    let left = this.product();
    while (left) {
      const operator = this.take('+', '-');
      if (!operator) return left;
      const right = this.product();
      if (!right) return undefined;
      left = binary(operator, left, right);
    }
    return undefined;
  }

  private product(): Parsed | undefined {
    let left = this.unary();
    while (left) {
      const operator = this.take('*', '/');
      if (!operator) return left;
      const right = this.unary();
      if (!right) return undefined;
      // A constant zero divisor is a finding, which mathjs's reading reports.
      if (operator === '/' && right.formula.kind === 'number' && right.formula.value === 0) return undefined;
      left = binary(operator, left, right);
    }
    return undefined;
  }

  private unary(): Parsed | undefined {
    const sign = this.take('-', '+');
    if (!sign) return this.primary();
    const operand = this.unary();
    if (!operand) return undefined;
    const height = operand.height + 1;
    return sign === '-' ? { formula: { kind: 'negate', operand: operand.formula }, height } : { formula: operand.formula, height };
  }

  private primary(): Parsed | undefined {
    this.skipSpaces();
    if (this.take('(')) {
      const inner = this.sum();
      if (!inner || !this.take(')')) return undefined;
      return { formula: inner.formula, height: inner.height + 1 };
    }
    const number = this.match(NUMBER);
    if (number !== undefined) {
      const value = Number(number);
      return Number.isFinite(value) && !this.followedByNameOrDot() ? { formula: { kind: 'number', value }, height: 0 } : undefined;
    }
    const name = this.match(NAME);
    if (name === undefined || MATHJS_WORDS.has(name) || this.followedByNameOrDot()) return undefined;
    const isCall = this.peekAfterSpaces() === '(';
    if (FUNCTIONS.has(name) !== isCall) return undefined;
    return isCall ? this.call(name as AllowedFunction) : { formula: { kind: 'variable', name }, height: 0 };
  }

  private call(name: AllowedFunction): Parsed | undefined {
    this.take('(');
    const args: Parsed[] = [];
    do {
      const arg = this.sum();
      if (!arg) return undefined;
      args.push(arg);
    } while (this.take(','));
    if (!this.take(')') || (name === 'abs' && args.length !== 1)) return undefined;
    const height = 1 + Math.max(...args.map((arg) => arg.height));
    return { formula: { kind: 'call', name, args: args.map((arg) => arg.formula) }, height };
  }

  /** Consumes the next token when it is one of `tokens`, after any spaces. */
  private take<T extends string>(...tokens: T[]): T | undefined {
    this.skipSpaces();
    const next = this.text[this.at] as T;
    if (!tokens.includes(next)) return undefined;
    this.at++;
    return next;
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.at;
    const found = pattern.exec(this.text);
    if (!found) return undefined;
    this.at += found[0].length;
    return found[0];
  }

  // `2x`, `1.2.3`, `a.b` and names with letters outside ASCII are left to mathjs.
  private followedByNameOrDot(): boolean {
    const next = this.text[this.at];
    return next !== undefined && /[\p{L}\p{N}_$.]/u.test(next);
  }

  private peekAfterSpaces(): string | undefined {
    this.skipSpaces();
    return this.text[this.at];
  }

  private skipSpaces(): void {
    while (this.text[this.at] === ' ' || this.text[this.at] === '\t') this.at++;
  }
}

function binary(operator: '+' | '-' | '*' | '/', left: Parsed, right: Parsed): Parsed {
  return { formula: { kind: 'binary', operator, left: left.formula, right: right.formula }, height: 1 + Math.max(left.height, right.height) };
}

import { createRequire } from 'node:module';
import type * as MathjsNumber from 'mathjs/number';
import type { MathNode } from 'mathjs/number';
import { parseSimpleFormula } from './formula-simple.js';

/**
 * The formula language of `rumus`: numbers, variable ids, `+ - * /`, unary
 * minus, parentheses and the functions `min`, `max` and `abs`.
 */
export type Formula =
  | { kind: 'number'; value: number }
  | { kind: 'variable'; name: string }
  | { kind: 'negate'; operand: Formula }
  | { kind: 'binary'; operator: '+' | '-' | '*' | '/'; left: Formula; right: Formula }
  | { kind: 'call'; name: AllowedFunction; args: Formula[] };

/** Functions a formula may call. */
export type AllowedFunction = 'min' | 'max' | 'abs';

const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set<AllowedFunction>(['min', 'max', 'abs']);

/** Maximum length of a formula, in characters. */
export const MAX_FORMULA_LENGTH = 500;

/** Maximum nesting depth of operations in a formula. */
export const MAX_FORMULA_DEPTH = 32;

/** A reason a formula was rejected, with its 1-based column within the formula text. */
export interface FormulaProblem {
  code: 'FORMULA_SYNTAX' | 'FORMULA_NOT_ALLOWED' | 'FORMULA_PERCENT' | 'FORMULA_IMPLICIT_MULTIPLICATION' | 'FORMULA_DIVISION_BY_ZERO';
  column: number;
  token: string;
  detail?: string;
}

/** A parsed formula, or the problems that kept it from parsing. */
export type ParsedFormula = { ok: true; formula: Formula; variables: string[] } | { ok: false; problems: FormulaProblem[] };

// A minimal mathjs instance: the parser only, with no evaluate, import or units.
// It is loaded on first use, synchronously because parsing is synchronous:
// loading mathjs takes longer than the rest of `iki validate` on one agency,
// and a formula inside the simple grammar never needs it.
let mathParser: ((text: string) => MathNode) | undefined;

function parseWithMathjs(text: string): MathNode {
  if (!mathParser) {
    const mathjs = createRequire(import.meta.url)('mathjs/number') as typeof MathjsNumber;
    if (!mathjs.parseDependencies) throw new Error('mathjs/number does not export parseDependencies');
    mathParser = mathjs.create({ parseDependencies: mathjs.parseDependencies }).parse as (text: string) => MathNode;
  }
  return mathParser(text);
}

/**
 * Parses `text` and checks it against the allow-list. A formula written in the
 * simple grammar (see `formula-simple.ts`) is read directly. Any other text
 * goes to mathjs, whose reading decides and names what is wrong.
 * Nothing is evaluated here; evaluation walks the returned tree.
 */
export function parseFormula(text: string): ParsedFormula {
  const simple = text.length <= MAX_FORMULA_LENGTH ? parseSimpleFormula(text) : undefined;
  if (simple) return { ok: true, formula: simple, variables: collectVariables(simple) };
  return parseFormulaWithMathjs(text);
}

/**
 * Parses `text` with mathjs and checks every node against the allow-list: the
 * reference reading, which `parseFormula` shortens for simple formulas.
 */
export function parseFormulaWithMathjs(text: string): ParsedFormula {
  if (text.length > MAX_FORMULA_LENGTH) {
    return fail({ code: 'FORMULA_NOT_ALLOWED', column: MAX_FORMULA_LENGTH + 1, token: '', detail: 'length' });
  }

  // "x 100%" copied from the decree would first fail as an implicit product with
  // a variable x. The percent sign is the real mistake, so it is found in the text.
  const percentSigns = [...text.matchAll(/%/g)].map((m): FormulaProblem => ({ code: 'FORMULA_PERCENT', column: m.index + 1, token: '%' }));

  // Signs copied from a typed decree: × and · multiply, ÷ and : divide.
  // Characters that look like spaces but are not, copied from word processors.
  const invisible = /[\u00A0\u200B-\u200D\u2060\uFEFF]/.exec(text);
  if (invisible) return fail({ code: 'FORMULA_SYNTAX', column: invisible.index + 1, token: invisible[0], detail: 'invisible' });

  // "100,0" is a decimal comma; mathjs would read the comma as an argument separator.
  const decimalComma = /\d,\d/.exec(text);
  if (decimalComma && !/\b(min|max|abs)\s*\(/.test(text))
    return fail({ code: 'FORMULA_SYNTAX', column: decimalComma.index + 2, token: ',', detail: 'decimal-comma' });

  // A ':' after a '?' belongs to a conditional, which the allow-list reports instead.
  const typeset = /[×·÷]/.exec(text) ?? (text.includes('?') ? null : /:/.exec(text));
  if (typeset) return fail({ code: 'FORMULA_NOT_ALLOWED', column: typeset.index + 1, token: typeset[0], detail: 'typeset-operator' });

  let root: MathNode;
  try {
    root = parseWithMathjs(text);
  } catch (error) {
    return { ok: false, problems: percentSigns.length > 0 ? percentSigns : [syntaxProblem(text, error)] };
  }

  const problems: FormulaProblem[] = [...percentSigns];
  const formula = convertNode(root, text, problems, 0);
  if (problems.length > 0 || formula === undefined) return { ok: false, problems: dedupe(problems) };
  return { ok: true, formula, variables: collectVariables(formula) };
}

function fail(problem: FormulaProblem): ParsedFormula {
  return { ok: false, problems: [problem] };
}

function syntaxProblem(text: string, error: unknown): FormulaProblem {
  const message = error instanceof Error ? error.message : String(error);
  const charMatch = /\(char (\d+)\)/.exec(message);
  const column = charMatch ? Math.min(Number(charMatch[1]), text.length + 1) : 1;
  return { code: 'FORMULA_SYNTAX', column: Math.max(column, 1), token: text.slice(column - 1, column), detail: message };
}

function dedupe(problems: FormulaProblem[]): FormulaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}:${p.column}:${p.token}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function convertNode(node: MathNode, text: string, problems: FormulaProblem[], depth: number): Formula | undefined {
  if (depth > MAX_FORMULA_DEPTH) {
    problems.push({ code: 'FORMULA_NOT_ALLOWED', column: 1, token: '', detail: 'depth' });
    return undefined;
  }

  switch (node.type) {
    case 'ConstantNode':
      return convertConstant(node as MathNode & { value: unknown }, text, problems);
    case 'SymbolNode':
      return { kind: 'variable', name: (node as MathNode & { name: string }).name };
    case 'ParenthesisNode':
      return convertNode((node as MathNode & { content: MathNode }).content, text, problems, depth + 1);
    case 'OperatorNode':
      return convertOperator(node as OperatorLike, text, problems, depth);
    case 'FunctionNode':
      return convertCall(node as FunctionLike, text, problems, depth);
    default:
      problems.push(notAllowed(text, firstTokenOf(node), node.type));
      return undefined;
  }
}

interface OperatorLike extends MathNode {
  op: string;
  fn: string;
  args: MathNode[];
  implicit: boolean;
  isPercentage?: boolean;
}

interface FunctionLike extends MathNode {
  fn: MathNode & { name?: string };
  args: MathNode[];
}

function convertConstant(node: MathNode & { value: unknown }, text: string, problems: FormulaProblem[]): Formula | undefined {
  if (typeof node.value === 'number' && Number.isFinite(node.value)) return { kind: 'number', value: node.value };
  problems.push(notAllowed(text, typeof node.value === 'string' ? JSON.stringify(node.value) : String(node.value), 'ConstantNode'));
  return undefined;
}

function convertOperator(node: OperatorLike, text: string, problems: FormulaProblem[], depth: number): Formula | undefined {
  if (node.op === 'mod') {
    problems.push({ code: 'FORMULA_PERCENT', column: columnOf(text, 'mod'), token: 'mod' });
    return undefined;
  }
  // Percent signs were already reported from the text, with their columns.
  if (node.isPercentage === true || node.op === '%') return undefined;
  if (node.implicit) {
    problems.push({ code: 'FORMULA_IMPLICIT_MULTIPLICATION', ...implicitMultiplicationAt(text) });
    return undefined;
  }

  const args = node.args.map((arg) => convertNode(arg, text, problems, depth + 1));
  if (args.some((arg) => arg === undefined)) return undefined;
  const [left, right] = args as Formula[];

  if (node.fn === 'unaryMinus' && left) return { kind: 'negate', operand: left };
  if (node.fn === 'unaryPlus' && left) return left;
  if (left && right && (node.op === '+' || node.op === '-' || node.op === '*' || node.op === '/')) {
    if (node.op === '/' && right.kind === 'number' && right.value === 0) {
      const at = /\/\s*\(?\s*0+(\.0*)?(?![\d.])/.exec(text);
      problems.push({ code: 'FORMULA_DIVISION_BY_ZERO', column: at ? at.index + 1 : columnOf(text, '/'), token: '/ 0' });
      return undefined;
    }
    return { kind: 'binary', operator: node.op, left, right };
  }

  problems.push(notAllowed(text, node.op, 'OperatorNode'));
  return undefined;
}

function convertCall(node: FunctionLike, text: string, problems: FormulaProblem[], depth: number): Formula | undefined {
  const name = node.fn.type === 'SymbolNode' ? (node.fn.name ?? '') : '';
  if (!ALLOWED_FUNCTIONS.has(name)) {
    problems.push(notAllowed(text, name || firstTokenOf(node), 'FunctionNode'));
    return undefined;
  }
  if (node.args.length === 0 || (name === 'abs' && node.args.length !== 1)) {
    problems.push({ code: 'FORMULA_SYNTAX', column: columnOf(text, name), token: name, detail: 'arity' });
    return undefined;
  }

  const args = node.args.map((arg) => convertNode(arg, text, problems, depth + 1));
  if (args.some((arg) => arg === undefined)) return undefined;
  return { kind: 'call', name: name as AllowedFunction, args: args as Formula[] };
}

function notAllowed(text: string, token: string, nodeType: string): FormulaProblem {
  return { code: 'FORMULA_NOT_ALLOWED', column: columnOf(text, token), token, detail: nodeType };
}

function firstTokenOf(node: MathNode): string {
  const named = node as MathNode & { name?: string; object?: MathNode };
  if (typeof named.name === 'string') return named.name;
  if (named.object) return firstTokenOf(named.object);
  return node.toString().slice(0, 20);
}

/** Returns the 1-based column of the first occurrence of `token` (1 when absent). */
function columnOf(text: string, token: string): number {
  if (token === '') return 1;
  const index = text.indexOf(token);
  return index < 0 ? 1 : index + 1;
}

// mathjs does not record positions, so the implicit product is located with a
// small tokenizer: the first operand that directly follows another operand.
function implicitMultiplicationAt(text: string): { column: number; token: string } {
  const tokens = [...text.matchAll(/(\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|(\S)/g)];
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1];
    const current = tokens[i];
    if (!previous || !current) continue;
    const previousIsOperand = previous[1] !== undefined || previous[2] !== undefined || previous[0] === ')';
    const currentIsOperand = current[1] !== undefined || current[2] !== undefined || current[0] === '(';
    const isCall = previous[2] !== undefined && current[0] === '(';
    if (previousIsOperand && currentIsOperand && !isCall) {
      return { column: (current.index ?? 0) + 1, token: `${previous[0]} ${current[0]}` };
    }
  }
  return { column: 1, token: '' };
}

function collectVariables(formula: Formula, into: Set<string> = new Set()): string[] {
  switch (formula.kind) {
    case 'variable':
      into.add(formula.name);
      break;
    case 'negate':
      collectVariables(formula.operand, into);
      break;
    case 'binary':
      collectVariables(formula.left, into);
      collectVariables(formula.right, into);
      break;
    case 'call':
      for (const arg of formula.args) collectVariables(arg, into);
      break;
    case 'number':
      break;
  }
  return [...into];
}

/** Result of evaluating a formula: a finite number, or why there is none. */
export type Evaluation = { ok: true; value: number } | { ok: false; reason: 'division-by-zero' | 'missing-variable' | 'not-finite'; variable?: string };

/** Evaluates a parsed formula on the given variable values, in full precision. */
export function evaluateFormula(formula: Formula, values: ReadonlyMap<string, number>): Evaluation {
  try {
    const value = evaluateNode(formula, values);
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-finite' };
  } catch (error) {
    if (error instanceof EvaluationStop) return error.evaluation;
    throw error;
  }
}

class EvaluationStop extends Error {
  constructor(readonly evaluation: Evaluation & { ok: false }) {
    super(evaluation.reason);
  }
}

function evaluateNode(formula: Formula, values: ReadonlyMap<string, number>): number {
  switch (formula.kind) {
    case 'number':
      return formula.value;
    case 'variable': {
      const value = values.get(formula.name);
      if (value === undefined) throw new EvaluationStop({ ok: false, reason: 'missing-variable', variable: formula.name });
      return value;
    }
    case 'negate':
      return -evaluateNode(formula.operand, values);
    case 'binary':
      return evaluateBinary(formula.operator, evaluateNode(formula.left, values), evaluateNode(formula.right, values));
    case 'call': {
      const args = formula.args.map((arg) => evaluateNode(arg, values));
      if (formula.name === 'abs') return Math.abs(args[0] ?? Number.NaN);
      return formula.name === 'min' ? Math.min(...args) : Math.max(...args);
    }
  }
}

function evaluateBinary(operator: '+' | '-' | '*' | '/', left: number, right: number): number {
  switch (operator) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      if (right === 0) throw new EvaluationStop({ ok: false, reason: 'division-by-zero' });
      return left / right;
  }
}

/** Tells whether a formula multiplies or divides by 100 somewhere, as a percentage needs. */
export function hasPercentFactor(formula: Formula): boolean {
  switch (formula.kind) {
    case 'number':
      return formula.value === 100;
    case 'variable':
      return false;
    case 'negate':
      return hasPercentFactor(formula.operand);
    case 'binary':
      return hasPercentFactor(formula.left) || hasPercentFactor(formula.right);
    case 'call':
      return formula.args.some(hasPercentFactor);
  }
}

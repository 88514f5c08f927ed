import type { Formula } from '../core/formula.js';
import type { Lang } from '../i18n/index.js';

const OPERATORS = { '+': '+', '-': '−', '*': '×', '/': '/' } as const;

// Binding strength: a child that binds more loosely than its parent needs parentheses.
const PRECEDENCE = { sum: 1, product: 2, negate: 3, atom: 4 } as const;

const constantFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * Renders a parsed formula for people, with `×` and `−`, the fewest
 * parentheses that keep its meaning, and each variable replaced by
 * `variable(name)`: its name, or its value for a formula with numbers filled in.
 * Constants keep up to 10 decimals in the style of `lang`.
 */
export function renderFormula(formula: Formula, variable: (name: string) => string, lang: Lang): string {
  return renderNode(formula, variable, lang).text;
}

function renderNode(node: Formula, variable: (name: string) => string, lang: Lang): { text: string; precedence: number } {
  switch (node.kind) {
    case 'number':
      return { text: formatConstant(node.value, lang), precedence: PRECEDENCE.atom };
    case 'variable':
      return { text: variable(node.name), precedence: PRECEDENCE.atom };
    case 'negate':
      return { text: `−${operand(node.operand, PRECEDENCE.negate, false, variable, lang)}`, precedence: PRECEDENCE.negate };
    case 'call': {
      // A comma is the decimal mark in Indonesian, so arguments are separated by semicolons there.
      const separator = lang === 'id' ? '; ' : ', ';
      return { text: `${node.name}(${node.args.map((arg) => renderNode(arg, variable, lang).text).join(separator)})`, precedence: PRECEDENCE.atom };
    }
    case 'binary': {
      const precedence = node.operator === '+' || node.operator === '-' ? PRECEDENCE.sum : PRECEDENCE.product;
      // a − (b − c) and a / (b × c) keep their parentheses; a + b − c needs none.
      const rightNeedsParentheses = node.operator === '-' || node.operator === '/';
      const left = operand(node.left, precedence, false, variable, lang);
      const right = operand(node.right, precedence, rightNeedsParentheses, variable, lang);
      // a × (−b) reads better than a × −b.
      const rightText = node.right.kind === 'negate' ? `(${right})` : right;
      return { text: `${left} ${OPERATORS[node.operator]} ${rightText}`, precedence };
    }
  }
}

function operand(node: Formula, parent: number, parenthesizeEqual: boolean, variable: (name: string) => string, lang: Lang): string {
  const rendered = renderNode(node, variable, lang);
  const wrap = rendered.precedence < parent || (parenthesizeEqual && rendered.precedence === parent);
  return wrap ? `(${rendered.text})` : rendered.text;
}

function formatConstant(value: number, lang: Lang): string {
  let format = constantFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 10 });
    constantFormats.set(lang, format);
  }
  return format.format(value);
}

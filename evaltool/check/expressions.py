"""The expression checker: recompute every "expression = result" a text states.

A real tokenizer and a precedence parser (no regex arithmetic), exact ``Decimal``
arithmetic (``evaltool.check.numbers``), and one rule for a verdict: a claim is right
when the computed value, rounded half-up to the number of decimals the writer gave,
equals the value written. ``62/69=89.86%`` is right (89.855… → 89.86);
``7636.75/6822−1=11.93%`` is wrong (11.943… → 11.94).

What it reads:

- operators ``+ - × ÷ * /`` (and ``x``/``X`` between two numbers), the minus signs
  − – －, postfix ``%`` (a percentage: ``3×2.5%`` is 0.075), brackets ``( ) （ ） [ ]``,
  unary minus and plus, the usual precedence (× ÷ before + −, left to right);
- Chinese operator words: 乘以 乘 (×), 除以 (÷), 加上 加 (+), 减去 减 (−), and 等于 / 约等于
  / ≈ besides = and ＝;
- full-width digits and symbols (０-９ ＋ － ＊ ／ ＝ ％ ．), thousands separators
  (``35,806,422``, also ``35，806，422``);
- a unit after a number (万元 元 亿元 分 人日 人月 个 份 次 项 人 h …): ignored in the
  arithmetic except money, where a claim mixing 元 and 万元 (or 亿元) is computed in yuan
  and compared in the stated unit (``18405元×3.23=5.94万元``);
- chains: ``5/7=71.43%×3=2.14`` is two claims, the second computed from the 71.43 %
  as written; an expression on both sides (``2+3=1+4``) is compared at the right
  side's precision.

A claim needs at least one operator on its left side: "合计=100" states nothing to
recompute. Division by zero gives a claim that ``cannot`` be computed (never a
verdict). Qt-free; pure functions, safe on any thread.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, DivisionByZero, InvalidOperation, localcontext

from evaltool.check.numbers import MONEY_UNITS, NUMBER, context, decimals_of, fold, in_yuan, round_half_up
from evaltool.i18n import translate

# Units a number may carry; longest first so 万元 wins over 万 and 分钟 over 分.
UNIT_WORDS = ("亿元", "万元", "人日", "人月", "人次", "小时", "分钟", "元", "万", "个", "份", "次", "项", "人",
              "名", "位", "天", "条", "件", "宗", "家", "台", "套", "分", "h")
# Chinese operator words (longest first). 除 alone is left out: "6除3" reads 3÷6 in
# classical usage and "除此之外" is common prose.
OP_WORDS = (("约等于", "eq"), ("等于", "eq"), ("乘以", "*"), ("除以", "/"), ("加上", "+"), ("减去", "-"),
            ("乘", "*"), ("加", "+"), ("减", "-"))
_SYMBOLS = {"+": "+", "-": "-", "*": "*", "×": "*", "✕": "*", "·": "*", "/": "/", "÷": "/"}
_NUMBER_RE = re.compile(NUMBER)


@dataclass(frozen=True)
class Token:
    """One token of a text; ``start``/``end`` are offsets in the text as written."""

    kind: str  # num | op | pct | lp | rp | eq | other
    start: int
    end: int
    op: str = ""  # + - * / for kind "op"
    value: Decimal | None = None  # for kind "num"
    decimals: int = 0
    unit: str = ""


_TOKEN_RE = re.compile(
    rf"(?P<num>{NUMBER})(?:[ \t]*(?P<unit>{'|'.join(UNIT_WORDS)}))?"
    r"|(?P<pct>%)|(?P<lp>[(\[])|(?P<rp>[)\]])"
    r"|(?P<eq>=|≈|约等于|等于)"
    rf"|(?P<sym>[{re.escape(''.join(_SYMBOLS))}])"
    r"|(?P<word>乘以|除以|加上|减去|乘|加|减)"
    r"|(?P<x>[xX])"
    r"|(?P<ws>\s+)"
    # a run of characters that start nothing (most of a report), else one character
    r"|(?P<other>[^\d.%()\[\]=≈约等+\-*×✕·/÷乘除加减xX\s]+|.)",
    re.S,
)
_WORD_OPS = {w: o for w, o in OP_WORDS if o != "eq"}


def tokenize(text: str) -> list[Token]:
    """Tokens of any text; what is not arithmetic becomes ``other`` tokens (one per run)."""
    f = fold(text)
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(f):
        kind = "num" if m.group("num") is not None else m.lastgroup  # lastgroup would be "unit"
        i, j = m.span()
        if kind == "num":
            raw = m.group("num").replace("，", ",")  # a full-width thousands separator
            out.append(Token("num", i, j, value=Decimal(raw.replace(",", "")), decimals=decimals_of(raw),
                             unit=m.group("unit") or ""))
        elif kind in ("pct", "lp", "rp", "eq"):
            out.append(Token(kind, i, j))
        elif kind == "sym":
            out.append(Token("op", i, j, op=_SYMBOLS[m.group()]))
        elif kind == "word":
            out.append(Token("op", i, j, op=_WORD_OPS[m.group()]))
        elif kind == "x":
            k = j
            while k < len(f) and f[k] in " \t":
                k += 1
            times = bool(out) and out[-1].kind in ("num", "rp", "pct") and k < len(f) and (f[k].isdigit() or f[k] == "(")
            out.append(Token("op", i, j, op="*") if times else Token("other", i, j))
        elif kind == "other":
            out.append(Token("other", i, j))
    return out


# -- the parser ------------------------------------------------------------------

@dataclass(frozen=True)
class Node:
    """An expression tree: ``num`` (token), ``neg``/``pct`` (one child), ``bin`` (op, two)."""

    kind: str
    token: Token | None = None
    op: str = ""
    children: tuple[Node, ...] = ()

    def walk(self) -> list[Node]:
        """Every node, left to right (iterative: a sum of 10 000 terms is a deep tree)."""
        out: list[Node] = []
        stack: list[Node] = [self]
        while stack:
            n = stack.pop()
            out.append(n)
            stack.extend(reversed(n.children))
        return out

    def numbers(self) -> list[Token]:
        return [n.token for n in self.walk() if n.kind == "num" and n.token is not None]

    def binary_ops(self) -> int:
        return sum(1 for n in self.walk() if n.kind == "bin")


class ExpressionError(ValueError):
    """The text is not an expression this checker can compute (message says why)."""


MAX_DEPTH = 100  # brackets and signs nested deeper than any report writes: not read (no RecursionError)


class _Parser:
    """Recursive descent over tokens[pos:]; stops (without error) where the expression ends."""

    def __init__(self, tokens: list[Token], pos: int) -> None:
        self.t = tokens
        self.pos = pos
        self.depth = 0

    def peek(self) -> Token | None:
        return self.t[self.pos] if self.pos < len(self.t) else None

    def expr(self) -> Node | None:
        left = self.term()
        if left is None:
            return None
        while (tok := self.peek()) is not None and tok.kind == "op" and tok.op in "+-":
            save = self.pos
            self.pos += 1
            right = self.term()
            if right is None:
                self.pos = save
                break
            left = Node("bin", op=tok.op, children=(left, right))
        return left

    def term(self) -> Node | None:
        left = self.unary()
        if left is None:
            return None
        while (tok := self.peek()) is not None and tok.kind == "op" and tok.op in "*/":
            save = self.pos
            self.pos += 1
            right = self.unary()
            if right is None:
                self.pos = save
                break
            left = Node("bin", op=tok.op, children=(left, right))
        return left

    def unary(self) -> Node | None:
        tok = self.peek()
        if tok is not None and tok.kind == "op" and tok.op in "+-":
            if self.depth >= MAX_DEPTH:
                return None
            save = self.pos
            self.pos += 1
            self.depth += 1
            inner = self.unary()
            self.depth -= 1
            if inner is None:
                self.pos = save
                return None
            return Node("neg", children=(inner,)) if tok.op == "-" else inner
        return self.postfix()

    def postfix(self) -> Node | None:
        node = self.primary()
        while node is not None and (tok := self.peek()) is not None and tok.kind == "pct":
            self.pos += 1
            node = Node("pct", children=(node,))
        return node

    def primary(self) -> Node | None:
        tok = self.peek()
        if tok is None:
            return None
        if tok.kind == "num":
            self.pos += 1
            return Node("num", token=tok)
        if tok.kind == "lp":
            if self.depth >= MAX_DEPTH:
                return None
            save = self.pos
            self.pos += 1
            self.depth += 1
            inner = self.expr()
            self.depth -= 1
            close = self.peek()
            if inner is None or close is None or close.kind != "rp":
                self.pos = save
                return None
            self.pos += 1
            return inner
        return None


def _money_units(nodes: list[Token], stated_unit: str) -> set[str]:
    units = {t.unit for t in nodes if t.unit in MONEY_UNITS}
    if stated_unit in MONEY_UNITS:
        units.add(stated_unit)
    return units


def compute(node: Node, in_yuan_units: bool = False) -> Decimal:
    """The exact value of a tree; ``in_yuan_units`` turns 万元/亿元 amounts into yuan first.

    Raises ExpressionError on division by zero.
    """
    with localcontext(context()) as ctx:
        ctx.traps[DivisionByZero] = True
        ctx.traps[InvalidOperation] = True
        try:
            return _compute(node, in_yuan_units)
        except (DivisionByZero, InvalidOperation) as exc:
            raise ExpressionError(translate("Check", "division by zero")) from exc


def _compute(root: Node, yuan: bool) -> Decimal:
    # post-order with an explicit stack: no recursion limit on long sums
    values: dict[int, Decimal] = {}
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if node.kind == "num":
            tok = node.token
            assert tok is not None and tok.value is not None  # the parser only builds num nodes from number tokens
            values[id(node)] = in_yuan(tok.value, tok.unit) if yuan else tok.value
            continue
        if not done:
            stack.append((node, True))
            stack.extend((c, False) for c in reversed(node.children))
            continue
        args = [values.pop(id(c)) for c in node.children]
        if node.kind == "neg":
            values[id(node)] = -args[0]
        elif node.kind == "pct":
            values[id(node)] = args[0] / 100
        elif node.op == "+":
            values[id(node)] = args[0] + args[1]
        elif node.op == "-":
            values[id(node)] = args[0] - args[1]
        elif node.op == "*":
            values[id(node)] = args[0] * args[1]
        else:
            values[id(node)] = args[0] / args[1]
    return values[id(root)]


def evaluate(text: str) -> Decimal:
    """The value of one whole expression ("(61+51+52)/(69+67+67)"); ExpressionError if it is not one."""
    tokens = tokenize(text)
    if not tokens:
        raise ExpressionError(translate("Check", "the expression is empty"))
    p = _Parser(tokens, 0)
    node = p.expr()
    if node is None or p.pos != len(tokens):
        bad = tokens[p.pos] if node is not None and p.pos < len(tokens) else tokens[0]
        raise ExpressionError(translate("Check", "cannot read the expression at “{part}” (position {pos})").format(
            part=text[bad.start:bad.end], pos=bad.start + 1))
    return compute(node)


# -- claims ----------------------------------------------------------------------

@dataclass(frozen=True)
class Claim:
    """One stated calculation ``expression = stated`` found in a text.

    ``stated`` is the number as written (89.86 for "89.86%"); ``computed`` the exact
    value of the left side in the same form (× 100 when the stated value is a
    percentage, in the stated money unit). ``error`` is set (and ``computed`` None)
    when the left side cannot be computed (division by zero).
    """

    text: str
    start: int
    end: int
    expression: str
    stated_text: str
    stated: Decimal
    decimals: int
    percent: bool
    unit: str
    computed: Decimal | None
    error: str = ""
    inputs: tuple[tuple[int, int], ...] = field(default=())  # spans of the numbers on the left
    stated_span: tuple[int, int] = (0, 0)

    @property
    def expected(self) -> Decimal | None:
        """The computed value rounded half-up to the stated decimals."""
        return None if self.computed is None else round_half_up(self.computed, self.decimals)

    @property
    def ok(self) -> bool | None:
        """True right, False wrong, None when it cannot be computed."""
        exp = self.expected
        return None if exp is None else exp == self.stated

    def expected_text(self) -> str:
        exp = self.expected
        if exp is None:
            return ""
        s = f"{exp:f}"
        s = s.lstrip("-") if exp == 0 else s
        return s + ("%" if self.percent else "") + (f" {self.unit}" if self.unit else "")


def _stated(tokens: list[Token], k: int) -> tuple[Decimal, int, bool, str, int, int] | None:
    """A number (optionally signed, optionally a percentage) at tokens[k]: (value,
    decimals, percent, unit, start, next index)."""
    sign = 1
    start_k = k
    if k < len(tokens) and tokens[k].kind == "op" and tokens[k].op in "+-":
        sign = -1 if tokens[k].op == "-" else 1
        k += 1
    if k >= len(tokens) or tokens[k].kind != "num":
        return None
    tok = tokens[k]
    assert tok.value is not None  # number tokens always carry their value
    percent = k + 1 < len(tokens) and tokens[k + 1].kind == "pct"
    nxt = k + 2 if percent else k + 1
    return sign * tok.value, tok.decimals, percent, tok.unit, tokens[start_k].start, nxt


def _claim(text: str, tokens: list[Token], lhs: Node, lhs_span: tuple[int, int], rhs_start: int,
           rhs_end_index: int, stated: Decimal, decimals: int, percent: bool, unit: str,
           rhs_node: Node | None = None) -> Claim:
    nums = lhs.numbers()
    end = tokens[rhs_end_index - 1].end
    units = _money_units(nums, unit)
    mixed = len(units) > 1
    error = ""
    computed: Decimal | None
    try:
        value = compute(lhs, in_yuan_units=mixed)
        if rhs_node is not None:
            # both sides are expressions: the right side, at its own precision, is the stated value
            stated = round_half_up(compute(rhs_node, in_yuan_units=mixed), decimals)
        with localcontext(context()):
            if mixed and unit in MONEY_UNITS:
                value = value / MONEY_UNITS[unit]
            if percent:
                value = value * 100
        computed = value
    except ExpressionError as exc:
        computed, error = None, str(exc)
    return Claim(text[lhs_span[0]:end], lhs_span[0], end, text[lhs_span[0]:lhs_span[1]], text[rhs_start:end],
                 stated, decimals, percent, unit, computed, error,
                 tuple((t.start, t.end) for t in nums), (rhs_start, end))


def claims_in_tokens(text: str, tokens: list[Token]) -> list[Claim]:
    out: list[Claim] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind not in ("num", "lp", "op"):
            i += 1
            continue
        p = _Parser(tokens, i)
        lhs = p.expr()
        j = p.pos
        if lhs is None:
            i += 1
            continue
        if lhs.binary_ops() == 0 or j >= len(tokens) or tokens[j].kind != "eq":
            # a start inside this expression would end at the same place: go on from its end
            i = max(j, i + 1)
            continue
        st = _stated(tokens, j + 1)
        if st is None:
            i = j + 1
            continue
        value, decimals, percent, unit, rhs_start, nxt = st
        lhs_span = (tokens[i].start, tokens[j - 1].end)
        # the right side may go on: a chain (…=71.43%×3=2.14) or an expression on both sides
        rhs_parser = _Parser(tokens, j + 1)
        rhs = rhs_parser.expr()
        chain_next = None
        if rhs is not None and rhs_parser.pos > nxt:
            if rhs_parser.pos < len(tokens) and tokens[rhs_parser.pos].kind == "eq":
                chain_next = j + 1  # the stated number starts the next claim
            else:
                decimals = max(t.decimals for t in rhs.numbers())
                out.append(_claim(text, tokens, lhs, lhs_span, rhs_start, rhs_parser.pos, Decimal(0), decimals,
                                  False, unit, rhs_node=rhs))
                i = rhs_parser.pos
                continue
        out.append(_claim(text, tokens, lhs, lhs_span, rhs_start, nxt, value, decimals, percent, unit))
        i = chain_next if chain_next is not None else nxt
    return out


def find_claims(text: str) -> list[Claim]:
    """Every "expression = value" stated in ``text``, in order (see the module docstring)."""
    return claims_in_tokens(text, tokenize(text))


def check_expression(text: str) -> list[Claim]:
    """The claims of a text typed to be checked (``evaltool money --check``).

    Raises ExpressionError when the text states no calculation at all.
    """
    claims = find_claims(text)
    if not claims:
        raise ExpressionError(translate("Check", "no calculation found: write it as “expression = result”, "
                                        "e.g. “3.23×1.8405=5.94”"))
    return claims


__all__ = ["Claim", "ExpressionError", "Node", "Token", "check_expression", "claims_in_tokens", "compute",
           "evaluate", "find_claims", "round_half_up", "tokenize"]

#include "core/layout.h"

#include "core/syntax_error.h"

namespace core {

Token Layout::makeVirtual(Tok kind) const {
  Token t;
  t.kind = kind;
  t.span = SrcSpan{raw_.span.file, raw_.span.start, raw_.span.start};
  return t;
}

void Layout::compute() {
  curIsIndentSemi_ = false;
  curIsRaw_ = false;
  if (!haveRaw_) {
    if (haveAhead_) {
      raw_ = std::move(ahead_);
      haveAhead_ = false;
    } else {
      raw_ = lexer_.next();
    }
    haveRaw_ = true;
    indentPending_ = raw_.firstOnLine && raw_.kind != Tok::Eof;
  }
  if (blockKeyword_ != Tok::Eof) {
    Tok kw = blockKeyword_;
    blockKeyword_ = Tok::Eof;
    if (raw_.kind != Tok::LBrace) {
      uint32_t n = raw_.kind == Tok::Eof ? 0 : raw_.span.start.col;
      uint32_t m = contexts_.empty() ? 0 : contexts_.back();
      bool opens = n > m || (kw == Tok::KwDo && n == m && n > 0);  // Note [Nondecreasing indentation]
      if (opens) {
        contexts_.push_back(n);
        indentPending_ = false;  // {n} replaces <n>
        cur_ = makeVirtual(Tok::VLBrace);
        return;
      }
      // An empty block: '{' now, '}' next (pushing a context that the '}' pops).
      contexts_.push_back(UINT32_MAX);
      cur_ = makeVirtual(Tok::VLBrace);
      return;
    }
  }
  if (!contexts_.empty() && contexts_.back() == UINT32_MAX) {
    contexts_.pop_back();
    cur_ = makeVirtual(Tok::VRBrace);
    return;
  }
  if (indentPending_) {
    uint32_t n = raw_.span.start.col;
    if (!contexts_.empty() && contexts_.back() > 0 && n < contexts_.back()) {
      contexts_.pop_back();
      cur_ = makeVirtual(Tok::VRBrace);
      return;
    }
    indentPending_ = false;
    if (!contexts_.empty() && contexts_.back() == n) {
      cur_ = makeVirtual(Tok::VSemi);
      curIsIndentSemi_ = true;
      return;
    }
  }
  if (raw_.kind == Tok::Eof && !contexts_.empty() && contexts_.back() > 0) {
    contexts_.pop_back();
    cur_ = makeVirtual(Tok::VRBrace);
    return;
  }
  cur_ = raw_;
  curIsRaw_ = true;
}

const Token& Layout::peek() {
  if (!haveCur_) {
    compute();
    haveCur_ = true;
  }
  return cur_;
}

const Token& Layout::peekAfterSemi() {
  peek();
  if (curIsIndentSemi_) return raw_;  // raw_ follows directly (its <n> is done)
  if (curIsRaw_) {
    if (!haveAhead_) {
      ahead_ = lexer_.next();
      haveAhead_ = true;
    }
    return ahead_;
  }
  return cur_;
}

Token Layout::take() {
  peek();
  Token t = std::move(cur_);
  haveCur_ = false;
  if (curIsRaw_) haveRaw_ = false;
  switch (t.kind) {
    case Tok::KwLet: case Tok::KwWhere: case Tok::KwDo: case Tok::KwOf:
      blockKeyword_ = t.kind;
      break;
    case Tok::LBrace:
      contexts_.push_back(0);
      break;
    case Tok::RBrace:
      if (!contexts_.empty() && contexts_.back() == 0) contexts_.pop_back();
      break;
    default:
      break;
  }
  return t;
}

bool Layout::closeImplicit() {
  peek();
  if (contexts_.empty() || contexts_.back() == 0) return false;
  if (cur_.kind == Tok::VLBrace || cur_.kind == Tok::VRBrace) return false;
  if (curIsIndentSemi_) indentPending_ = true;  // re-evaluate <n> against the outer context
  contexts_.pop_back();
  cur_ = makeVirtual(Tok::VRBrace);
  curIsIndentSemi_ = false;
  curIsRaw_ = false;
  haveCur_ = true;
  return true;
}

void Layout::openImplicitHere() {
  peek();
  if (!curIsRaw_) return;
  uint32_t n = raw_.kind == Tok::Eof ? 0 : raw_.span.start.col;
  if (raw_.kind == Tok::Eof) {
    contexts_.push_back(UINT32_MAX);  // empty module: {}
  } else {
    contexts_.push_back(n);
  }
  indentPending_ = false;
  cur_ = makeVirtual(Tok::VLBrace);
  curIsRaw_ = false;
  haveCur_ = true;
}

}  // namespace core

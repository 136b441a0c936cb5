#include "core/unlit.h"

#include <vector>

#include <algorithm>

namespace core {
namespace {

enum class LineKind { Blank, Comment, Bird, Code };

bool isBlank(std::string_view l) {
  for (char c : l)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

}  // namespace

std::optional<UnlitError> unlit(std::string_view src, std::string& out) {
  out.clear();
  out.reserve(src.size());
  std::vector<LineKind> kinds;
  bool inCode = false;
  size_t pos = 0;
  uint32_t line = 0;
  std::optional<UnlitError> err;
  auto check = [&](uint32_t codeLine) {
    if (!err) err = UnlitError{SrcLoc{codeLine, 1}, "program line next to comment"};
  };
  while (pos <= src.size()) {
    size_t nl = src.find('\n', pos);
    bool last = nl == std::string_view::npos;
    std::string_view l = src.substr(pos, last ? std::string_view::npos : nl - pos);
    ++line;
    LineKind kind;
    std::string_view stripped = l.substr(std::min(l.size(), l.find_first_not_of(" \t")));
    if (inCode) {
      if (stripped.starts_with("\\end{code}")) {
        inCode = false;
        kind = LineKind::Blank;
      } else {
        kind = LineKind::Code;
        out.append(l);
      }
    } else if (stripped.starts_with("\\begin{code}")) {
      inCode = true;
      kind = LineKind::Blank;
    } else if (!l.empty() && l[0] == '>') {
      kind = LineKind::Bird;
      out += ' ';
      out.append(l.substr(1));
    } else {
      kind = isBlank(l) ? LineKind::Blank : LineKind::Comment;
    }
    if (!kinds.empty()) {
      LineKind prev = kinds.back();
      if (kind == LineKind::Bird && prev == LineKind::Comment) check(line);
      if (kind == LineKind::Comment && prev == LineKind::Bird) check(line - 1);
    }
    kinds.push_back(kind);
    if (last) break;
    out += '\n';
    pos = nl + 1;
  }
  return err;
}

}  // namespace core

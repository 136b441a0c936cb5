#include "core/diagnostic.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "core/source_file.h"
#include "core/utf8.h"

namespace core {

bool DiagnosticSink::hasErrors() const {
  return std::any_of(diags_.begin(), diags_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

std::string quoted(std::string_view s) {
  std::string out = "\u2018";
  out.append(s);
  out += "\u2019";
  return out;
}

namespace {

constexpr uint32_t kMaxShownColumns = 160;

// The display cells (one per column, see Note [Span conventions] for tabs)
// of columns [from, to] of a raw line. *lastCol receives the last column
// produced (or passed over); *more says whether the line goes on after `to`.
std::vector<std::string> displayCells(std::string_view line, uint32_t from, uint32_t to,
                                      uint32_t* lastCol, bool* more) {
  std::vector<std::string> cells;
  uint32_t colNow = 0;  // columns emitted so far
  size_t i = 0;
  auto emit = [&](std::string_view cell) {
    ++colNow;
    if (colNow >= from && colNow <= to) cells.emplace_back(cell);
  };
  while (i < line.size() && colNow < to) {
    size_t start = i;
    char32_t c = decodeUtf8(line, i);
    if (c == '\t') {
      do emit(" "); while (colNow % 8 != 0 && colNow < to);
    } else if (c == kBadUtf8 || c < 0x20 || c == 0x7f) {
      emit("?");
    } else {
      emit(line.substr(start, i - start));
    }
  }
  *lastCol = colNow;
  *more = i < line.size();
  return cells;
}

}  // namespace

std::string renderDiagnostic(const Diagnostic& d, const SourceFile* file) {
  std::string out = absl::StrCat(renderStart(d.span), ": ",
                                 d.severity == Severity::Error ? "error:" : "warning:");
  if (!d.message.empty()) absl::StrAppend(&out, " ", d.message);
  out += '\n';
  for (const std::string& n : d.notes) absl::StrAppend(&out, "    ", n, "\n");

  const SourceFile* f = file != nullptr ? file : sourceFile(d.span.file);
  if (f == nullptr || d.span.start.line == 0) return out;
  uint32_t col = std::max<uint32_t>(d.span.start.col, 1);
  // Window: show at most kMaxShownColumns cells around the start column.
  uint32_t first = col > kMaxShownColumns / 2 ? col - kMaxShownColumns / 2 : 1;
  bool more = false;
  uint32_t last = 0;
  std::vector<std::string> cells = displayCells(f->lineText(d.span.start.line), first,
                                                first + kMaxShownColumns - 1, &last, &more);
  uint32_t endCol = d.span.end.line == d.span.start.line ? d.span.end.col : last + 1;
  uint32_t width = endCol > col ? endCol - col : 1;
  width = std::min(width, last >= col ? last - col + 1 : 1);

  std::string lineNo = absl::StrCat(d.span.start.line);
  std::string pad(lineNo.size(), ' ');
  std::string text, marks;
  if (first > 1) { text += "..."; marks += "   "; }
  for (const std::string& cell : cells) text += cell;
  if (more) text += "...";
  for (uint32_t c = first; c < col; ++c) marks += ' ';
  marks.append(width, '^');
  absl::StrAppend(&out, pad, " |\n", lineNo, " | ", text, "\n", pad, " | ", marks, "\n");
  return out;
}

}  // namespace core

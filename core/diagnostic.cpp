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

// Expands the raw line into display cells (one per column), so that column c
// of the source is cell c-1. See Note [Span conventions] for tabs.
std::vector<std::string> displayCells(std::string_view line) {
  std::vector<std::string> cells;
  size_t i = 0;
  while (i < line.size()) {
    size_t start = i;
    char32_t c = decodeUtf8(line, i);
    if (c == '\t') {
      do cells.emplace_back(" "); while (cells.size() % 8 != 0);
    } else if (c == kBadUtf8 || c < 0x20 || c == 0x7f) {
      cells.emplace_back("?");
    } else {
      cells.emplace_back(line.substr(start, i - start));
    }
  }
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
  std::vector<std::string> cells = displayCells(f->lineText(d.span.start.line));
  uint32_t col = std::max<uint32_t>(d.span.start.col, 1);
  uint32_t endCol = d.span.end.line == d.span.start.line ? d.span.end.col
                                                         : static_cast<uint32_t>(cells.size()) + 1;
  uint32_t width = endCol > col ? endCol - col : 1;
  // Window: show at most kMaxShownColumns cells around the start column.
  uint32_t first = 1;
  if (cells.size() > kMaxShownColumns && col > kMaxShownColumns / 2) first = col - kMaxShownColumns / 2;
  uint32_t last = std::min<uint32_t>(static_cast<uint32_t>(cells.size()), first + kMaxShownColumns - 1);
  width = std::min(width, last >= col ? last - col + 1 : 1);

  std::string lineNo = absl::StrCat(d.span.start.line);
  std::string pad(lineNo.size(), ' ');
  std::string text, marks;
  if (first > 1) { text += "..."; marks += "   "; }
  for (uint32_t c = first; c <= last; ++c) text += cells[c - 1];
  if (last < cells.size()) text += "...";
  for (uint32_t c = first; c < col; ++c) marks += ' ';
  marks.append(width, '^');
  absl::StrAppend(&out, pad, " |\n", lineNo, " | ", text, "\n", pad, " | ", marks, "\n");
  return out;
}

}  // namespace core

#include "core/module_graph.h"

#include <algorithm>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "core/absl_compat.h"
#include "core/parser.h"

namespace core {

namespace fs = std::filesystem;

std::string ModuleGraph::locate(const std::string& name) const {
  std::string rel = absl::StrReplaceAll(name, {{".", "/"}});
  for (const std::string& dir : searchPath_) {
    for (const char* ext : {".hs", ".lhs"}) {
      fs::path p = fs::path(dir) / (rel + ext);
      std::error_code ec;
      if (fs::is_regular_file(p, ec)) return p.lexically_normal().string();
    }
  }
  return {};
}

const ModuleNode* ModuleGraph::find(const std::string& name) const {
  auto it = byName_.find(name);
  return it == byName_.end() ? nullptr : it->second;
}

ModuleNode* ModuleGraph::loadFile(const std::string& path, const std::string& expectedName,
                                  const SrcSpan& importedAt, AstArena& arena,
                                  DiagnosticSink& sink) {
  std::vector<std::string> imports;
  if (!expectedName.empty() && precompiled_ && precompiled_(expectedName, path, &imports)) {
    auto node = std::make_unique<ModuleNode>();
    node->name = expectedName;
    node->path = path;
    node->knownImports = std::move(imports);
    ModuleNode* n = node.get();
    nodes_.push_back(std::move(node));
    byName_[expectedName] = n;
    return n;
  }
  auto node = std::make_unique<ModuleNode>();
  node->name = expectedName;
  node->path = path;
  if (!parseInto(node.get(), importedAt, arena, sink)) return nullptr;
  if (byName_.contains(node->name)) {
    const Module& m = *node->ast;
    SrcSpan at = m.name ? m.name->span : SrcSpan{node->file->id, {1, 1}, {1, 2}};
    sink.error(at, absl::StrCat("module ", core::quoted(node->name), " is defined by two files"),
               {absl::StrCat("the other one is ", byName_[node->name]->path)});
    return nullptr;
  }
  ModuleNode* n = node.get();
  byName_[n->name] = n;
  nodes_.push_back(std::move(node));
  return n;
}

bool ModuleGraph::parseInto(ModuleNode* node, const SrcSpan& importedAt, AstArena& arena, DiagnosticSink& sink) {
  auto file = loadSourceFile(node->path);
  if (!file.ok()) {
    sink.error(importedAt, std::string(file.status().message()));
    return false;
  }
  Module* ast = parseFile(**file, arena, sink, resolveFixities_);
  if (ast == nullptr) return false;
  std::string name = ast->moduleName();
  if (!node->name.empty() && name != node->name) {
    SrcSpan at = ast->name ? ast->name->span : SrcSpan{(*file)->id, {1, 1}, {1, 2}};
    sink.error(at, "File name does not match module name:",
               {absl::StrCat("Saw: ", core::quoted(name)), absl::StrCat("Expected: ", core::quoted(node->name))});
    return false;
  }
  node->name = name;
  node->file = *file;
  node->ast = ast;
  return true;
}

bool ModuleGraph::parse(ModuleNode* node, AstArena& arena, DiagnosticSink& sink) {
  if (node->ast != nullptr) return true;
  return parseInto(node, SrcSpan{}, arena, sink);
}

bool ModuleGraph::loadRoot(const std::string& path, AstArena& arena, DiagnosticSink& sink,
                           const std::vector<std::string>& external) {
  external_ = external;
  root_ = loadFile(path, "", SrcSpan{}, arena, sink);
  if (root_ == nullptr) return false;
  return visit(root_, arena, sink);
}

std::vector<std::pair<std::string, SrcSpan>> importsOf(const Module& m) {
  std::vector<std::pair<std::string, SrcSpan>> imports;
  bool explicitPrelude = false;
  for (const ImportDecl* imp : m.imports) {
    imports.emplace_back(imp->module.str(), imp->span);
    explicitPrelude |= imp->module.str() == "Prelude";
  }
  std::string name = m.moduleName();
  if (!explicitPrelude && name != "Prelude" && name != "Lazuli.Prim")
    imports.emplace_back("Prelude", m.name ? m.name->span : SrcSpan{m.span.file, {1, 1}, {1, 2}});
  return imports;
}

bool ModuleGraph::visit(ModuleNode* node, AstArena& arena, DiagnosticSink& sink) {
  state_[node] = 1;
  stack_.push_back(node);
  // The implicit `import Prelude` (report 5.6.1) is an edge of the graph too.
  std::vector<std::pair<std::string, SrcSpan>> imports;
  if (node->ast == nullptr) {
    for (const std::string& name : node->knownImports) imports.emplace_back(name, SrcSpan{});
  } else {
    for (const auto& [name, at] : importsOf(*node->ast)) imports.emplace_back(name, at);
  }
  for (const auto& [name, importSpan] : imports) {
    if (std::find(external_.begin(), external_.end(), name) != external_.end()) continue;
    ModuleNode* child;
    auto it = byName_.find(name);
    if (it != byName_.end()) {
      child = it->second;
    } else {
      std::string path = locate(name);
      if (path.empty()) {
        sink.error(importSpan, absl::StrCat("Could not find module ", core::quoted(name)),
                   {"It is not a module in the current program, or in any known package."});
        return false;
      }
      child = loadFile(path, name, importSpan, arena, sink);
      if (child == nullptr) return false;
    }
    if (std::find(node->imports.begin(), node->imports.end(), child) == node->imports.end())
      node->imports.push_back(child);
    int st = state_[child];
    if (st == 1) {
      // A cycle: from `child` on the stack up to `node`, then back to `child`.
      auto from = std::find(stack_.begin(), stack_.end(), child);
      std::vector<std::string> lines;
      // GHC's wording: "module ‘A’ (A.hs) / imports ‘B’ (B.hs) / which imports ‘A’ (A.hs)".
      auto what = [](const ModuleNode* m) {
        return absl::StrCat(core::quoted(m->name), " (", m->path, ")");
      };
      for (auto i = from; i != stack_.end(); ++i) {
        lines.push_back(i == from ? absl::StrCat("       module ", what(*i))
                        : i == from + 1 ? absl::StrCat("      imports ", what(*i))
                                        : absl::StrCat("which imports ", what(*i)));
      }
      lines.push_back(absl::StrCat(stack_.end() - from == 1 ? "      imports " : "which imports ",
                                   what(child)));
      sink.error(importSpan, "Module imports form a cycle:", lines);
      return false;
    }
    if (st == 0 && !visit(child, arena, sink)) return false;
  }
  stack_.pop_back();
  state_[node] = 2;
  order_.push_back(node);
  return true;
}

}  // namespace core

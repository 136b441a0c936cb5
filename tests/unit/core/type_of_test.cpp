// The :type oracle: every expression of tests/types/expressions.txt is typed
// in the scope of tests/types/Context.hs and compared with what GHCi 9.0.2
// printed, up to the names of type variables and the order of constraints.
#include <catch2/catch.hpp>

#include <cctype>
#include <fstream>
#include <sstream>

#include "core/kinds.h"
#include "core/module_graph.h"
#include "core/parser.h"
#include "core/renamer.h"
#include "core/typecheck.h"

namespace {

// Renames type variables in order of first appearance (body first, then the
// context) and sorts the constraints, so that equal types compare equal.
std::string normalise(const std::string& type) {
  std::string ctx, body = type;
  size_t arrow = type.find(" => ");
  if (arrow != std::string::npos) {
    ctx = type.substr(0, arrow);
    body = type.substr(arrow + 4);
  }
  std::vector<std::string> order;
  auto rename = [&](const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
      if (std::islower(static_cast<unsigned char>(s[i])) &&
          (i == 0 || !(std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_' || s[i - 1] == '\''))) {
        size_t j = i;
        while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_' || s[j] == '\'')) ++j;
        std::string v = s.substr(i, j - i);
        auto it = std::find(order.begin(), order.end(), v);
        if (it == order.end()) {
          order.push_back(v);
          it = order.end() - 1;
        }
        out += 'v';
        out += std::to_string(it - order.begin());
        i = j;
      } else {
        out += s[i++];
      }
    }
    return out;
  };
  std::string b = rename(body);
  if (ctx.empty()) return b;
  if (ctx.front() == '(' && ctx.back() == ')') ctx = ctx.substr(1, ctx.size() - 2);
  std::vector<std::string> cs;
  std::stringstream ss(ctx);
  for (std::string c; std::getline(ss, c, ',');) {
    while (!c.empty() && c.front() == ' ') c.erase(0, 1);
    cs.push_back(rename(c));
  }
  std::sort(cs.begin(), cs.end());
  std::string joined;
  for (const std::string& c : cs) joined += (joined.empty() ? "" : ", ") + c;
  return joined + " => " + b;
}

}  // namespace

TEST_CASE("types of expressions render as GHCi's :type", "[core][typeof]") {
  std::string dir = std::string(LZ_SOURCE_DIR) + "/tests/types";
  core::ModuleGraph graph({dir, std::string(LZ_SOURCE_DIR) + "/lib"}, /*resolveFixities=*/false);
  core::AstArena arena;
  core::EntityTable entities;
  core::DiagnosticSink sink;
  REQUIRE(graph.loadRoot(dir + "/Context.hs", arena, sink));
  core::Renamer renamer(entities);
  REQUIRE(renamer.renameProgram(graph, arena, sink));
  core::KindArena kindArena;
  core::KindChecker kinds(kindArena);
  REQUIRE(kinds.checkProgram(graph, sink));
  absl::flat_hash_map<std::string, const core::Entity*> syntax = renamer.builtinTypes();
  core::TyArena types(syntax);
  core::TypeChecker checker(renamer, types);
  REQUIRE(checker.checkProgram(graph, sink));

  std::ifstream in(dir + "/expressions.txt");
  REQUIRE(in);
  int total = 0, same = 0;
  std::string line;
  std::vector<std::string> differences;
  while (std::getline(in, line)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string text = line.substr(0, tab);
    std::string ghci = line.substr(tab + 1);
    std::string ghcType = ghci.substr(text.size() + 4);  // "EXPR :: TYPE"
    ++total;
    const core::SourceFile& f = core::addSourceFile("<interactive>", text);
    core::DiagnosticSink esink;
    core::Expr* e = core::parseExpression(f, arena, esink);
    std::string ours;
    if (e != nullptr && renamer.renameExpr("Context", e, arena, esink)) ours = checker.typeOfExpr(e, esink);
    if (!ours.empty() && normalise(ours) == normalise(ghcType)) {
      ++same;
    } else {
      differences.push_back(text + "\n    GHCi: " + ghcType + "\n    ours: " +
                            (ours.empty() ? "(error) " + (esink.diagnostics().empty() ? std::string() : esink.diagnostics()[0].message) : ours));
    }
  }
  std::string report;
  for (const std::string& d : differences) report += d + "\n";
  INFO(same << " of " << total << " expressions typed as GHCi types them; differences:\n" << report);
  CHECK(total >= 200);
  CHECK(same == total);
}

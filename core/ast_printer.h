// Printers for the AST: `lazuli dump ast` (every node, with its span) and the
// outline (one line per top-level declaration) that `lazuli FILE` prints.
#pragma once

#include <functional>
#include <string>

#include "core/ast.h"

namespace core {

// Every node on its own line, indented by depth, followed by its span in GHC's
// rendering without the file name: `App 7:10-25`.
std::string dumpModule(const Module& m);
std::string dumpExpr(const Expr& e);

// The module's outline: header, imports, then one line per top-level
// declaration with its full span (`File.hs:(5,1)-(6,7)`). When `typeOf` is
// given, bindings show their types (after type checking) as GHCi's :browse.
std::string outlineModule(const Module& m,
                          const std::function<std::string(const Entity*)>& typeOf = nullptr);

// A short rendering of a type, as written (`Maybe a -> [Int]`).
std::string renderType(const Type& t);

}  // namespace core

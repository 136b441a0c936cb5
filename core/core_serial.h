// Core expressions in interfaces: the unfoldings importers inline, written
// with every tick (breakpoint ticks keep their defining module's name).
#pragma once

#include <functional>
#include <string>

#include "core/core_syntax.h"
#include "core/iface_io.h"

namespace core {

// Writes `e`. Local binders are written where they are bound and numbered;
// globals and constructors by module and name.
void writeCoreExpr(const CoreExpr* e, IfaceWriter& w);

// What a reader resolves names with: the importing program's one CoreVar
// per global and one DataCon per constructor (null: not found, an error).
struct CoreNames {
  std::function<CoreVar*(const std::string& module, const std::string& name)> global;
  std::function<const DataCon*(const std::string& module, const std::string& name)> con;
};

// Reads an expression written by writeCoreExpr, with fresh local binders;
// null (the reader says why) when it is malformed.
CoreExpr* readCoreExpr(IfaceReader& r, CoreArena& arena, const CoreNames& names);

}  // namespace core

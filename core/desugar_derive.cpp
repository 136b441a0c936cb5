// Derived instances (report chapter 11) as Core.
#include "core/desugar_impl.h"

namespace core {

CoreExpr* Desugarer::Impl::derivedMethod(const Elaboration::Instance&, const Entity*) { return nullptr; }

}  // namespace core

#include "ccs/cost_centre.h"

#include "absl/strings/str_cat.h"

namespace ccs {

std::string qualifiedName(const CostCentre& cc) {
  return absl::StrCat(cc.module, ".", cc.isCaf ? "CAF" : cc.label);
}

std::string renderBacktraceLine(const CostCentre& cc) {
  if (cc.isCaf) return absl::StrCat(qualifiedName(cc), " (<entire-module>)");
  if (!cc.span.valid()) return absl::StrCat(qualifiedName(cc), " (<no location info>)");
  return absl::StrCat(qualifiedName(cc), " (", core::renderSpan(cc.span), ")");
}

}  // namespace ccs

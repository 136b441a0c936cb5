// libFuzzer target: the object-file reader (mapping, bounds checks, the
// bytecode verifier) and objdump's printing on arbitrary bytes. Every
// input must be read or rejected with a status, never crash. Seed it with
// objects from `lazuli build` (README.md, "Fuzzing").
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "bytecode/object_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static int fd = memfd_create("lz_fuzz_object", 0);
  static std::string path = "/proc/self/fd/" + std::to_string(fd);
  if (fd < 0 || ftruncate(fd, 0) != 0) return 0;
  if (size > 0 && pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) return 0;
  absl::StatusOr<std::string> text = bc::describeObject(path);
  (void)text;
  return 0;
}

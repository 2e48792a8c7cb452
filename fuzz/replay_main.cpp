// Replays inputs through a fuzz entry point without libFuzzer: each file named
// on the command line goes to LLVMFuzzerTestOneInput once. ctest runs every
// fuzz/regressions/ input this way (tests/CMakeLists.txt), with any compiler,
// so what a fuzzer once found stays found; a crash or an abort fails the test.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::cerr << "cannot read " << argv[i] << "\n";
            return 2;
        }
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        std::cout << "replayed " << argv[i] << "\n";
    }
    return 0;
}

groeipad_add_benchmark(bench_engine SOURCES bench_engine.cpp LIBS groeipad::engine groeipad::io)
target_compile_definitions(bench_engine PRIVATE GROEIPAD_SOURCE_DIR="${CMAKE_SOURCE_DIR}")

groeipad_add_benchmark(bench_calibrate SOURCES bench_calibrate.cpp LIBS groeipad::calibrate groeipad::io)
target_compile_definitions(bench_calibrate PRIVATE GROEIPAD_SOURCE_DIR="${CMAKE_SOURCE_DIR}")

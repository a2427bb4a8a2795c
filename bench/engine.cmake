groeipad_add_benchmark(bench_engine SOURCES bench_engine.cpp LIBS groeipad::engine groeipad::io)
target_compile_definitions(bench_engine PRIVATE GROEIPAD_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
# The projection benchmark drives the month step itself, to choose its instruction set.
target_include_directories(bench_engine PRIVATE ${CMAKE_SOURCE_DIR}/engine/src)

groeipad_add_benchmark(bench_calibrate SOURCES bench_calibrate.cpp LIBS groeipad::calibrate groeipad::io)
target_compile_definitions(bench_calibrate PRIVATE GROEIPAD_SOURCE_DIR="${CMAKE_SOURCE_DIR}")

# tests: store
groeipad_add_test(test_store
  SOURCES
    unit/store/test_record.cpp
    unit/store/test_failures.cpp
    unit/store/test_concurrency.cpp
    unit/store/test_queries.cpp
  LIBS groeipad::store SQLite::SQLite3)

# tests: calibration source data
groeipad_add_test(test_source_data SOURCES unit/calibration/test_source_data.cpp LIBS groeipad::io)
groeipad_add_test(test_audit
  SOURCES unit/calibration/test_audit.cpp unit/calibration/test_audit_cross_checks.cpp
    unit/calibration/test_audit_json.cpp
  LIBS groeipad::calibration groeipad::io)

# tests: the calibration (groeipad calibrate's library)
groeipad_add_test(test_job_finding_fit SOURCES unit/calibrate/test_job_finding_fit.cpp
  LIBS groeipad::calibrate)
groeipad_add_test(test_composition SOURCES unit/calibrate/test_composition.cpp
  LIBS groeipad::calibrate groeipad::io)
groeipad_add_test(test_calibrate SOURCES unit/calibrate/test_calibrate.cpp
  LIBS groeipad::calibrate groeipad::io)

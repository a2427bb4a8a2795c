#pragma once
// Programme exit hazards and work shares for a calibration year (model.md: gross hazards,
// so that hazard exits plus the retirements the model generates give the printed
// outflow; work shares so that the model's C/B1 over all leavers gives Tabel 8's).

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "groeipad/calibration/calibrate.hpp"

namespace groeipad::calibration {

// What the source prints of one programme for the calibration year.
struct ProgrammeFigures {
  Sourced start_persons;  // 31/12 before the year
  Sourced start_vte;
  Sourced end_vte;                 // 31/12 of the year (2009: the same as the start)
  std::optional<Sourced> outflow;  // Tabel 5 uitstroom, else Tabel 8 B1
  std::optional<Sourced> to_work;  // Tabel 8 C
  std::optional<Sourced> leavers;  // Tabel 8 B1
  std::string proxy;               // a programme whose rates stand in, when it has none
};

std::array<ProgrammeFigures, kProgrammeCount> programme_figures(const SourceData& data, int year);

// The programme stocks of 31/12 of `year` (Tabel 5 persons, Tabel 6 VTE).
void set_programme_stocks(const SourceData& data, int year, Parameters& parameters,
                          std::vector<std::pair<std::string, std::string>>& sources);

// Fits the hazards and work shares of `parameters` (whose job seekers and start stocks are
// the year's) by simulating the year; adds targets and provenance.
void fit_programme_rates(const std::array<ProgrammeFigures, kProgrammeCount>& figures,
                         const CalibrationOptions& options, Parameters& parameters,
                         Calibration& result);

}  // namespace groeipad::calibration

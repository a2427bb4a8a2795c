// The text of §3.3: the pools of job seekers the programmes draw from.

#include <string_view>

#include "checks.hpp"
#include "compare.hpp"

namespace groeipad::calibration {
namespace {

constexpr std::string_view kText = "Tekst";
constexpr std::string_view kCount = "aantal";

}  // namespace

// Right holders of either kind, less those with both, are all right holders.
std::vector<Finding> check_s3_3_bw_rights(FigureIndex& figures) {
  std::vector<Finding> findings;
  const io::SourceFigure* all = figures.find(kText, "NWWZ met een recht op BW", kCount);
  const io::SourceFigure* unconditional =
      figures.find(kText, "NWWZ met een onvoorwaardelijk recht op BW", kCount);
  const io::SourceFigure* conditional =
      figures.find(kText, "NWWZ met een voorwaardelijk recht op BW", kCount);
  const io::SourceFigure* both = figures.find(kText, "NWWZ met beide rechten op BW", kCount);
  if (all != nullptr && unconditional != nullptr && conditional != nullptr && both != nullptr) {
    check_count(findings, *all, unconditional->value + conditional->value - both->value,
                "onvoorwaardelijk + voorwaardelijk - beide");
  }
  return findings;
}

// "In één vijfde van al die screenings (702)": one fifth, words held to the nearest simple
// fraction.
std::vector<Finding> check_s3_3_advices(FigureIndex& figures) {
  std::vector<Finding> findings;
  constexpr std::string_view kAdvices = "Adviezen arbeidszorg";
  const io::SourceFigure* share =
      figures.find(kText, kAdvices, "aandeel van de screenings (%)", 2010);
  const io::SourceFigure* advices = figures.find(kText, kAdvices, kCount, 2010);
  const io::SourceFigure* centres = figures.find(
      kText, "Activeringsscreenings door gespecialiseerde arbeidsonderzoekcentra", kCount, 2010);
  const io::SourceFigure* vdab =
      figures.find(kText, "Activeringsscreenings door psychologen van de VDAB", kCount, 2010);
  if (share != nullptr && advices != nullptr && centres != nullptr && vdab != nullptr) {
    check_fraction_in_words(findings, *share, percent(advices->value, centres->value + vdab->value),
                            "100 x advices / screenings, in words");
  }
  return findings;
}

}  // namespace groeipad::calibration

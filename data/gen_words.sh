#!/bin/sh
# Regenerate data/words.txt from the SCOWL word lists shipped by Debian.
#
# Requires the Debian package "scowl" (tested with 2020.12.07-2), which installs
# the raw SCOWL lists under /usr/share/dict/scowl/:
#     apt-get update && apt-get install -y scowl
#
# Usage (from anywhere):  sh data/gen_words.sh
#
# What goes in:
#   * SCOWL size <= 60, categories "words" (lowercase words) and "upper"
#     (capitalised common words such as American, African, Europe), for the
#     spellings english (common), american, british (-ise/-our) and british_z
#     (Oxford: -ize/-our), so both American and British/Oxford variants exist.
#   * Only entries made of ASCII letters are kept (this drops possessives,
#     accented words, abbreviations with digits or dots); capitalised "upper"
#     entries are lowercased, all-capitals abbreviations (e.g. "UN", "Ltd") and
#     "upper" entries of fewer than four letters (mostly personal names and
#     chemical symbols) are dropped. Proper-name and abbreviation lists are
#     not used at all.
#   * A small inline list of UN-domain words missing from SCOWL 60.
#   * The ASCII-only tokens (3+ letters) of data/states.txt, so that parts of
#     Member State names ("Viet", "Nam", "Tome", "Leste") count as words.
#   * Words of one or two letters are kept only if they are in SHORT below;
#     the fragments in EXCLUDE below are removed.
# Output: data/words.txt, one word per line, LC_ALL=C sorted, unique.
set -eu

LC_ALL=C
export LC_ALL

DIR=$(cd "$(dirname "$0")" && pwd)
SRC=${SCOWL_DIR:-/usr/share/dict/scowl}
OUT=$DIR/words.txt
MAXSIZE=60

if [ ! -r "$SRC/english-words.10" ]; then
    echo "gen_words.sh: $SRC/english-words.10 not found; apt-get install scowl" >&2
    exit 1
fi

# One- and two-letter entries that are real words.
SHORT='a i am an as at be by do go he if in is it me my no of on or so to up us we'

# Fragments that PDF justification produces and that must never be words,
# even where SCOWL lists them: "ion", plus rare SCOWL words that are also very
# common word endings ("program mes", "develop ed"/"ted", "realis ed"/"zed").
EXCLUDE='amer cooperat confere conse cutive ent ge ica ion knowled ld nce tion
ens hes ins mes nus oms ope ops sis ted zed'

# UN-domain words (with inflections) missing from SCOWL size 60.
DOMAIN='
afrophobia
agrifood
agroecological
agroecology
agroforestry
agrochemical
agrochemicals
antiretroviral
antiretrovirals
archipelagic
benchmarking
bioenergy
biofuel
biofuels
bycatch
concessionality
counterterrorism
covid
cyber
cyberattack
cyberattacks
cyberbullying
cybercrime
cybercrimes
cybersecurity
decarbonisation
decarbonise
decarbonised
decarbonising
decarbonization
decarbonize
decarbonized
decarbonizing
deminer
deminers
demining
denuclearisation
denuclearise
denuclearization
denuclearize
denuclearized
deoxygenation
deradicalisation
deradicalization
digitalisation
digitalization
dryland
drylands
extrabudgetary
femicide
femicides
feminicide
feminicides
fintech
geospatial
hydropower
inclusivity
interagency
interlinkage
interlinkages
interministerial
interregional
interreligious
intersectoral
intersessional
islamophobia
megadiverse
microcredit
microenterprise
microenterprises
mpox
multilateralism
multiethnic
multipolar
multisectoral
ombudsperson
ombudspersons
operationalisation
operationalise
operationalised
operationalises
operationalising
operationalization
operationalize
operationalized
operationalizes
operationalizing
overexpenditure
overexpenditures
overexploitation
overfished
peacebuilding
peacekeeping
plurilingualism
refoulement
renewables
reprioritisation
reprioritise
reprioritised
reprioritization
reprioritizations
reprioritize
reprioritized
reprioritizes
reprioritizing
seagrass
seagrasses
sectoral
sociocultural
subnational
subregion
subregional
subregions
subprogramme
subprogrammes
synergise
synergize
telehealth
telemedicine
transboundary
transregional
underexpenditure
underexpenditures
upscaling
zika
'

SCOWL_FILES=
for spelling in english american british british_z; do
    for cat in words upper; do
        for size in 10 20 35 40 50 55 60 70 80 95; do
            [ "$size" -le "$MAXSIZE" ] || continue
            f=$SRC/$spelling-$cat.$size
            [ -r "$f" ] && SCOWL_FILES="$SCOWL_FILES $f"
        done
    done
done

TMP=$(mktemp)
trap 'rm -f "$TMP" "$TMP.x" "$TMP.s"' EXIT INT TERM

{
    # lowercase words: keep as they are
    for f in $SCOWL_FILES; do
        case $f in *-words.*) grep -E '^[a-z]+$' "$f" || true ;; esac
    done
    # capitalised common words: at least 4 letters, initial capital only
    for f in $SCOWL_FILES; do
        case $f in *-upper.*) grep -E '^[A-Z][a-z]{3,}$' "$f" || true ;; esac
    done | tr 'A-Z' 'a-z'
    printf '%s\n' $DOMAIN
    if [ -r "$DIR/states.txt" ]; then
        tr ' ()-' '\n\n\n\n' < "$DIR/states.txt" | grep -E '^[A-Za-z]{3,}$' | tr 'A-Z' 'a-z'
    fi
} > "$TMP"

printf '%s\n' $EXCLUDE > "$TMP.x"
printf '%s\n' $SHORT > "$TMP.s"
# drop excluded fragments, drop 1-2 letter entries, then add the allowed short words
grep -vxF -f "$TMP.x" "$TMP" | grep -E '^[a-z]{3,}$' | cat - "$TMP.s" | sort -u > "$OUT"
rm -f "$TMP.x" "$TMP.s"

echo "wrote $OUT: $(wc -l < "$OUT") words" >&2

//! The Security Council's resolutions as its yearly compilation prints
//! them (`testdata/sc-compilation/`, OCR text from the public dataset
//! SeanFobbe/cr-unsc, CC0): each held to the structure read by hand from
//! the text: the number, date, meeting and vote of its adoption line, how
//! many preambular and operative paragraphs, their numbers and leads, the
//! headings of its parts, its parts, its subparagraphs' labels and styles.
//!
//! The forms these texts exercise are named in `testdata/sc-compilation/SOURCES.md`;
//! each rule has its minimal case in `tests/regressions.rs`.

mod common;

use un_resolution::{
    parse_resolution, LabelStyle, OperativeParagraph, Resolution, Status, Subparagraph, VoteResult,
};

/// What one text must read as. Lists are joined as in [`summary`].
struct Expected {
    file: &'static str,
    /// `82 (1950)`.
    number: &'static str,
    /// ISO, `-` where the text's date cannot be read.
    date: &'static str,
    /// The meeting's number, `-` for none.
    meeting: &'static str,
    /// `9-0-1 against: … abstaining: Yugoslavia`, `unanimous`, `not stated`, `-`.
    vote: &'static str,
    /// Preambular paragraphs, operative paragraphs, footnotes.
    counts: (usize, usize, usize),
    /// The operative paragraphs' numbers, `-` for an unnumbered one.
    numbers: &'static str,
    preamble_leads: &'static str,
    operative_leads: &'static str,
    /// `2:I` — the heading above the second operative paragraph.
    headings: &'static str,
    /// `A:0..4/0..5` — a part's label and its ranges of paragraphs.
    parts: &'static str,
    /// `4:a(l),6(l)` — the labels and styles under the fourth operative
    /// paragraph, nested items in brackets.
    subparagraphs: &'static str,
}

/// The fields of [`Expected`] as `r` has them.
fn summary(r: &Resolution) -> [String; 11] {
    let (number, date, meeting, vote) = match &r.status {
        Status::Adopted { adoption, .. } => (
            adoption.number.clone().unwrap_or_else(|| "-".into()),
            adoption.date.map_or_else(|| "-".into(), |d| d.to_string()),
            adoption
                .meeting
                .as_ref()
                .and_then(|m| m.number)
                .map_or_else(|| "-".into(), |n| n.to_string()),
            adoption.vote.as_ref().map_or_else(
                || "-".into(),
                |v| match &v.result {
                    VoteResult::Unanimous => "unanimous".into(),
                    VoteResult::NotStated => "not stated".into(),
                    VoteResult::WithoutVote => "without vote".into(),
                    VoteResult::Recorded {
                        in_favour,
                        against,
                        abstaining,
                        ..
                    } => format!(
                        "{in_favour}-{}-{} against: {} abstaining: {}",
                        against.count,
                        abstaining.count,
                        against.states.join("; "),
                        abstaining.states.join("; ")
                    ),
                    other => format!("{other:?}"),
                },
            ),
        ),
        other => (format!("{other:?}"), "-".into(), "-".into(), "-".into()),
    };
    let ops = &r.operative;
    let join = |it: Vec<String>, sep: &str| it.join(sep);
    let numbers = join(
        ops.iter()
            .map(|o| o.number.map_or_else(|| "-".into(), |n| n.to_string()))
            .collect(),
        ",",
    );
    let lead = |l: &Option<String>| l.clone().unwrap_or_else(|| "-".into());
    let preamble_leads = join(r.preamble.iter().map(|p| lead(&p.lead)).collect(), " | ");
    let operative_leads = join(ops.iter().map(|o| lead(&o.lead)).collect(), " | ");
    let headings = join(
        ops.iter()
            .enumerate()
            .filter_map(|(i, o)| o.heading.as_ref().map(|h| format!("{}:{}", i + 1, h.text)))
            .collect(),
        " ",
    );
    let parts = join(
        r.parts
            .iter()
            .map(|p| {
                format!(
                    "{}:{}..{}/{}..{}",
                    p.label, p.preamble.start, p.preamble.end, p.operative.start, p.operative.end
                )
            })
            .collect(),
        " ",
    );
    fn labels(list: &[Subparagraph]) -> String {
        list.iter()
            .map(|s| {
                let style = match s.style {
                    LabelStyle::Letter => "l",
                    LabelStyle::Roman => "r",
                    LabelStyle::Arabic => "a",
                    LabelStyle::Dash => "d",
                    _ => "?",
                };
                let inner = if s.subparagraphs.is_empty() {
                    String::new()
                } else {
                    format!("({})", labels(&s.subparagraphs))
                };
                format!("{}{style}{inner}", s.label)
            })
            .collect::<Vec<_>>()
            .join(",")
    }
    let subparagraphs = join(
        ops.iter()
            .enumerate()
            .filter(|(_, o): &(usize, &OperativeParagraph)| !o.subparagraphs.is_empty())
            .map(|(i, o)| format!("{}:{}", i + 1, labels(&o.subparagraphs)))
            .collect(),
        " ",
    );
    [
        number,
        date,
        meeting,
        vote,
        format!(
            "{} {} {}",
            r.preamble.len(),
            r.operative.len(),
            r.footnotes.len()
        ),
        numbers,
        preamble_leads,
        operative_leads,
        headings,
        parts,
        subparagraphs,
    ]
}

const EXPECTED: &[Expected] = &[
    Expected {
        file: "S_RES_27_1947.plain.txt",
        number: "27 (1947)",
        date: "1947-08-01",
        meeting: "173",
        vote: "not stated",
        counts: (1, 1, 1),
        numbers: "-",
        preamble_leads: "Noting",
        operative_leads: "Calls upon",
        headings: "",
        parts: "",
        subparagraphs: "1:al,6l",
    },
    Expected {
        file: "S_RES_54_1948.plain.txt",
        number: "54 (1948)",
        date: "1948-07-15",
        meeting: "338",
        vote: "7-1-3 against: Syria abstaining: Argentina; Ukrainian Soviet Socialist Republic; Union of Soviet Socialist Republics",
        counts: (1, 11, 0),
        numbers: "1,2,3,4,5,6,7,8,9,10,11",
        preamble_leads: "Taking into consideration",
        operative_leads: "Determines | Orders | Declares | Calls upon | Orders | Instructs | Instructs | Decides | Reiterates | Requests | Requests",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_82_1950.plain.txt",
        number: "82 (1950)",
        date: "1950-06-25",
        meeting: "473",
        vote: "9-0-1 against:  abstaining: Yugoslavia",
        counts: (3, 5, 2),
        numbers: "-,-,-,-,-",
        preamble_leads: "Recalling | Mindful | Noting",
        operative_leads: "Determines | Calls for | Calls upon | Requests | Calls upon",
        headings: "2:I 4:II 5:III",
        parts: "",
        subparagraphs: "4:al,5l,cl",
    },
    Expected {
        file: "S_RES_95_1951.plain.txt",
        number: "95 (1951)",
        date: "1951-09-01",
        meeting: "558",
        vote: "8-0-3 against:  abstaining: China; India; Union of Soviet Socialist Republics",
        counts: (5, 5, 2),
        numbers: "-,-,-,-,-",
        preamble_leads: "Recalling | Recalling further | Noting | Further noting | Considering",
        operative_leads: "Finds | Finds further | Further finds | And further noting | Calls upon",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_118_1956.plain.txt",
        number: "118 (1956)",
        date: "1956-10-13",
        meeting: "743",
        vote: "unanimous",
        counts: (1, 1, 0),
        numbers: "-",
        preamble_leads: "Noting",
        operative_leads: "Agrees",
        headings: "",
        parts: "",
        subparagraphs: "1:1a,2a,3a,4a,5a,6a",
    },
    Expected {
        file: "S_RES_128_1958.plain.txt",
        number: "128 (1958)",
        date: "1958-06-11",
        meeting: "825",
        vote: "10-0-1 against:  abstaining: Union of Soviet Socialist Republics",
        counts: (1, 3, 0),
        numbers: "1,2,3",
        preamble_leads: "Having heard",
        operative_leads: "Decides | Authorizes | Requests",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_143_1960.plain.txt",
        number: "143 (1960)",
        date: "1960-07-14",
        meeting: "873",
        vote: "8-0-3 against:  abstaining: China; France; United Kingdom of Great Britain and Northern Ireland",
        counts: (2, 3, 1),
        numbers: "1,2,3",
        preamble_leads: "Considering | Considering",
        operative_leads: "Calls upon | Decides | Requests",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_161_1961.plain.txt",
        number: "161 (1961)",
        date: "1961-02-21",
        meeting: "942",
        vote: "9-0-2 against:  abstaining: France; Union of Soviet Socialist Republics",
        counts: (9, 8, 1),
        numbers: "1,2,3,4,5,1,2,3",
        preamble_leads: "Having considered | Having learnt | Deeply concerned | Noting | Gravely concerned | Noting | Recognizing | Convinced | Convinced further",
        operative_leads: "Urges | Urges | Calls upon | Decides | Reaffirms | Urges | Urges | Calls upon",
        headings: "",
        parts: "A:0..4/0..5 B:4..9/5..8",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_211_1965.plain.txt",
        number: "211 (1965)",
        date: "1965-09-20",
        meeting: "1242",
        vote: "10-0-1 against:  abstaining: Jordan",
        counts: (5, 5, 2),
        numbers: "1,2,3,4,5",
        preamble_leads: "Having considered | Commending | Having heard | Noting | Convinced",
        operative_leads: "Demands | Requests | Calls on | Decides | Requests",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_237_1967.plain.txt",
        number: "237 (1967)",
        date: "1967-06-14",
        meeting: "1361",
        vote: "unanimous",
        counts: (3, 3, 2),
        numbers: "1,2,3",
        preamble_leads: "Considering | Considering | Considering",
        operative_leads: "Calls upon | Recommends | Requests",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_298_1971.plain.txt",
        number: "298 (1971)",
        date: "1971-09-25",
        meeting: "1582",
        vote: "14-0-1 against:  abstaining: Syrian Arab Republic",
        counts: (5, 5, 2),
        numbers: "1,2,3,4,5",
        preamble_leads: "Recalling | Having considered | Reaffirming | Noting | Noting",
        operative_leads: "Reaffirms | Deplores | Confirms | Urgently calls upon | Requests",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_338_1973.plain.txt",
        number: "338 (1973)",
        date: "1973-10-22",
        meeting: "1747",
        vote: "14-0-0 against:  abstaining: ",
        counts: (0, 3, 1),
        numbers: "1,2,3",
        preamble_leads: "",
        operative_leads: "Calls upon | Calls upon | Decides",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_385_1976.plain.txt",
        number: "385 (1976)",
        date: "1976-01-30",
        meeting: "1885",
        vote: "unanimous",
        counts: (9, 12, 2),
        numbers: "1,2,3,4,5,6,7,8,9,10,11,12",
        preamble_leads: "Having heard | Having considered | Recalling | Recalling | Recalling | Reaffirming | Concerned | Gravely concerned | Strongly deploring",
        operative_leads: "Condemns | Condemns | Condemns | Demands | Further condemns | Further condemns | Declares | Further declares | Demands | Reiterates | Demands again | Decides",
        headings: "",
        parts: "",
        subparagraphs: "11:al,bl,cl,dl",
    },
    Expected {
        file: "S_RES_435_1978.plain.txt",
        number: "435 (1978)",
        date: "1978-09-29",
        meeting: "2087",
        vote: "12-0-2 against:  abstaining: Czechoslovakia; Union of Soviet Socialist Republics",
        counts: (5, 7, 5),
        numbers: "1,2,3,4,5,6,7",
        preamble_leads: "Recalling | Having considered | Taking note | Taking note also | Reaffirming",
        operative_leads: "Approves | Reiterates | Decides | Welcomes | Calls upon | Declares | Requests",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_465_1980.plain.txt",
        number: "465 (1980)",
        date: "1980-03-01",
        meeting: "2203",
        vote: "unanimous",
        counts: (11, 9, 6),
        numbers: "1,2,3,4,5,6,7,8,9",
        preamble_leads: "Taking note | Taking note also | Strongly deploring | Affirming | Deploring | Deeply concerned | Taking into account | Bearing in mind | Drawing | Recalling | Having invited",
        operative_leads: "Commends | Accepts | Calls upon | Strongly deplores | Determines | Strongly deplores | Calls upon | Requests | Requests",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_502_1982.plain.txt",
        number: "502 (1982)",
        date: "1982-04-03",
        meeting: "2350",
        vote: "10-1-4 against: Panama abstaining: China; Poland; Spain; Union of Soviet Socialist Republics",
        counts: (3, 3, 0),
        numbers: "1,2,3",
        preamble_leads: "Recalling | Deeply disturbed | Determining",
        operative_leads: "Demands | Demands | Calls on",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_552_1984.plain.txt",
        number: "552 (1984)",
        date: "1984-06-01",
        meeting: "2546",
        vote: "13-0-2 against:  abstaining: Nicaragua; Zimbabwe",
        counts: (7, 8, 1),
        numbers: "1,2,3,4,5,6,7,8",
        preamble_leads: "Having considered | Noting | Reaffirming | Reaffirming also | Taking into consideration | Deeply concerned | Convinced",
        operative_leads: "Calls upon | Reaffirms | Calls upon | Condemns | Demands | Decides | Requests | Decides",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_598_1987.plain.txt",
        number: "598 (1987)",
        date: "1987-07-20",
        meeting: "2750",
        vote: "unanimous",
        counts: (10, 10, 1),
        numbers: "1,2,3,4,5,6,7,8,9,10",
        preamble_leads: "Reaffirming | Deeply concerned | Deploring | Deploring also | Deeply concerned | Determined | Convinced | Recalling | Determining | Acting",
        operative_leads: "Demands | Requests | Urges | Calls upon | Calls upon | Requests | Recognizes | Further requests | Requests | Decides",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_638_1989.plain.txt",
        number: "638 (1989)",
        date: "-",
        meeting: "2872",
        vote: "unanimous",
        counts: (4, 6, 4),
        numbers: "1,2,3,4,5,6",
        preamble_leads: "Deeply disturbed | Considering | Recalling | Bearing in mind",
        operative_leads: "Condemns | Demands | Calls upon | Expresses | Appeals | Urges",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_660_1990.plain.txt",
        number: "660 (1990)",
        date: "1990-08-02",
        meeting: "2932",
        vote: "14-0-0 against:  abstaining: ",
        counts: (3, 4, 0),
        numbers: "1,2,3,4",
        preamble_leads: "Alarmed | Determining | Acting",
        operative_leads: "Condemns | Demands | Calls upon | Decides",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_687_1991.plain.txt",
        number: "687 (1991)",
        date: "1991-04-03",
        meeting: "2981",
        vote: "12-1-2 against: Cuba abstaining: Ecuador; Yemen",
        counts: (26, 34, 0),
        numbers: "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34",
        preamble_leads: "Recalling | Welcoming | Affirming | Reaffirming | Taking note | Noting | Conscious | Conscious also | Recalling | Recalling also | Noting | Noting also | Stressing | Aware | Concerned | Recalling | Conscious | Conscious also | Conscious further | Noting | Noting also | Recalling | Deploring | Taking note | Bearing in mind | Conscious",
        operative_leads: "Affirms | Demands | Calls upon | Decides | Requests | Notes | Invites | Decides | Decides also | Decides further | Invites | Decides | Requests | Notes | Requests | Reaffirms | Decides | Decides also | Directs | Decides | Decides | Decides also | Decides further | Decides | Calls upon | Requests | Calls upon | Agrees | Decides | Decides | Invites | Requires | Declares | Decides",
        headings: "2:A 5:B 7:C 15:D 16:E 20:F 30:G 32:H 33:I",
        parts: "",
        subparagraphs: "8:al,bl 9:al,bl(ir,iir,iiir) 24:al,bl,cl,dl",
    },
    Expected {
        file: "S_RES_713_1991.plain.txt",
        number: "713 (1991)",
        date: "1991-09-25",
        meeting: "3009",
        vote: "unanimous",
        counts: (13, 8, 0),
        numbers: "1,2,3,4,5,6,7,8",
        preamble_leads: "Conscious | Having heard | Deeply concerned | Concerned | Recalling | Recalling also | Commending | Recalling | Taking note | Alarmed | Taking note | Taking note also | Taking note further",
        operative_leads: "Expresses | Supports | Invites | Strongly urges | Appeals | Decides | Calls upon | Decides",
        headings: "",
        parts: "",
        subparagraphs: "",
    },
    Expected {
        file: "S_RES_748_1992.plain.txt",
        number: "748 (1992)",
        date: "1992-03-31",
        meeting: "3063",
        vote: "10-0-5 against:  abstaining: Cape Verde; China; India; Morocco; Zimbabwe",
        counts: (10, 14, 0),
        numbers: "1,2,3,4,5,6,7,8,9,10,11,12,13,14",
        preamble_leads: "Reaffirming | Noting | Deeply concerned | Convinced | Recalling | Reaffirming | Determining | Determined | Recalling | Acting",
        operative_leads: "Decides | Decides also | Decides | Decides also | Decides further | Decides | Calls upon | Requests | Decides | Calls upon | Requests | Invites | Decides | Decides",
        headings: "",
        parts: "",
        subparagraphs: "4:al,6l 5:al,bl,cl 6:2l,bl,cl 9:al,bl,cl,dl,el,fl",
    },
    Expected {
        file: "S_RES_867_1993.plain.txt",
        number: "867 (1993)",
        date: "1993-09-23",
        meeting: "3282",
        vote: "-",
        counts: (9, 15, 0),
        numbers: "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15",
        preamble_leads: "Recalling | Recalling also | Noting | Taking note | Stressing | Strongly supportive | Recalling | Concerned | Considering",
        operative_leads: "Approves | Decides | Determines | Also determines | Welcomes | Calls upon | Notes | Calls upon | Requests | Encourages | Requests | Expresses | Expresses | Requests | Decides",
        headings: "",
        parts: "",
        subparagraphs: "4:al,bobl",
    },];

#[test]
fn every_compilation_text_reads_as_checked_by_hand() {
    let files = common::fixtures("sc-compilation");
    assert_eq!(
        files.len(),
        EXPECTED.len(),
        "a text in testdata/sc-compilation/ without its expected structure, or the reverse"
    );
    let mut failures = Vec::new();
    for e in EXPECTED {
        let path = files
            .iter()
            .find(|p| p.file_name().is_some_and(|n| n == e.file))
            .unwrap_or_else(|| panic!("no fixture {}", e.file));
        let r =
            parse_resolution(&common::read(path)).unwrap_or_else(|err| panic!("{}: {err}", e.file));
        let got = summary(&r);
        let want = [
            e.number.to_owned(),
            e.date.to_owned(),
            e.meeting.to_owned(),
            e.vote.to_owned(),
            format!("{} {} {}", e.counts.0, e.counts.1, e.counts.2),
            e.numbers.to_owned(),
            e.preamble_leads.to_owned(),
            e.operative_leads.to_owned(),
            e.headings.to_owned(),
            e.parts.to_owned(),
            e.subparagraphs.to_owned(),
        ];
        const FIELDS: [&str; 11] = [
            "number",
            "date",
            "meeting",
            "vote",
            "counts (preamble operative footnotes)",
            "numbers",
            "preamble leads",
            "operative leads",
            "headings",
            "parts",
            "subparagraphs",
        ];
        for ((field, got), want) in FIELDS.iter().zip(&got).zip(&want) {
            if got != want {
                failures.push(format!("{} {field}:\n  want {want}\n  got  {got}", e.file));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// No body paragraph of these texts holds the adoption line or the notes
/// printed under it: the body ends at `Adopted at the …`.
#[test]
fn no_paragraph_holds_the_adoption_line() {
    for path in common::fixtures("sc-compilation") {
        let r = parse_resolution(&common::read(&path)).unwrap_or_else(|e| panic!("{e}"));
        for o in &r.operative {
            assert!(
                !o.text.contains("Adopted at the")
                    && !o.text.contains("Adopted unanimously")
                    && !o.text.starts_with("Republics"),
                "{}: {}",
                path.display(),
                o.text
            );
        }
    }
}

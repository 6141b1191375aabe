//! `toets generate national`: a realistic national model, for benchmarks and for trying
//! `toets` at the scale of the real structure.
//!
//! At scale 1 it has the numbers of the real structure of 2024: 342 municipalities, 10 insurer
//! concerns with 20 insurers, 31 zorgkantoorregio's each with its two market-leading insurers,
//! 42 IZA regions each with a mandaatgemeente, 25 GGD regions, 400 transformation plans spread
//! over the regions, and the agreement's money for 2025–2030. The governance is the structure
//! that VNG's conditions ask for (models/vng-conditions-2024.toml). Names are placeholders
//! (`gemeente-001`); which municipality lies in which region is drawn from `seed`, so the same
//! seed and scale give the same bytes.
//!
//! Its elements cite the documents they come from, declared as `[[document]]`s by their real
//! titles (those of models/), with verbatim quotes. The declarations carry no `text`: the file
//! is written anywhere, where the texts' paths would not resolve, so its quotes go unverified.

use std::fmt::Write as _;

/// The ids of the documents the model cites, as the reference models declare them.
const ANNEX: &str = "vng-uitwerking-2024";
const LETTER: &str = "vng-inbreng-2024";
const STATEMENT: &str = "vng-besluit-2022";
const IZA: &str = "iza-2022";
const SPUK: &str = "regeling-spuk";

/// The documents the model cites, declared as the reference models declare them but without
/// their `text`: the file is written anywhere, where the texts' paths would not resolve.
const DOCUMENTS: &str = r#"[[document]]
id = "iza-2022"
title = "Integraal Zorgakkoord: 'Samen werken aan gezonde zorg'"
author = "Ministerie van Volksgezondheid, Welzijn en Sport en de partijen bij het akkoord"
date = "2022-09"
kind = "agreement"
identifier = "Kamerstukken II 2022/23, 31765, nr. 655, bijlage"

[[document]]
id = "regeling-spuk"
title = "Regeling specifieke uitkering transformatiemiddelen IZA AZWA 2024–2028"
author = "Minister van Volksgezondheid, Welzijn en Sport"
date = "2024-05-15"
kind = "regulation"
identifier = "Regeling van 15 mei 2024, kenmerk 3821421-1065214-DMO; tekst geldend vanaf 1 april 2026"
url = "https://wetten.overheid.nl"

[[document]]
id = "vng-besluit-2022"
title = "Besluit van het VNG-bestuur over de ondertekening van het Integraal Zorgakkoord (verklaring)"
author = "Vereniging van Nederlandse Gemeenten"
date = "2022-09"
kind = "statement"

[[document]]
id = "vng-inbreng-2024"
title = "VNG-inbreng commissiedebat IZA"
author = "Vereniging van Nederlandse Gemeenten, aan de woordvoerders IZA van de Tweede Kamer"
date = "2024-11-29"
kind = "letter"

[[document]]
id = "vng-uitwerking-2024"
title = "Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid"
author = "Vereniging van Nederlandse Gemeenten, bij de resolutie voor de ALV van 29 november 2024"
date = "2024-11-29"
kind = "annex"
"#;

/// The annex's clause on the commissioners, which several elements cite.
const COMMISSIONERS: &str =
    "VWS, ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van het akkoord";
/// The annex's clause on directing the forming of the agreement together.
const DIRECT_TOGETHER: &str =
    "VWS, ZN en VNG regisseren samen de totstandkoming van het nieuwe akkoord";
/// The annex's clause on the joint review of the plans.
const JOINT_REVIEW: &str = "de toetsing van de transformatieplannen ook gezamenlijk gedaan door zorgverzekeraars en gemeenten";

/// A citation of `quote` in `document`, as a TOML inline table (the quotes hold no `"` or `\`).
fn cite(document: &str, quote: &str) -> String {
    format!("{{ document = \"{document}\", quote = \"{quote}\" }}")
}

/// A small deterministic generator (SplitMix64): the same seed, the same sequence, everywhere.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `count` scaled by `scale`, at least `minimum`.
fn scaled(count: usize, scale: f64, minimum: usize) -> usize {
    ((count as f64 * scale).round() as usize).max(minimum)
}

/// How many of each element the model has: the real structure's numbers times the scale.
struct Counts {
    municipalities: usize,
    insurers: usize,
    /// Insurer concerns, each holding some of the insurers.
    concerns: usize,
    /// Zorgkantoorregio's, each with its two market-leading insurers.
    care_regions: usize,
    /// IZA regions, each within one zorgkantoorregio.
    regions: usize,
    ggd_regions: usize,
    plans: usize,
}

impl Counts {
    /// The counts at `scale` (1.0 is the real size).
    fn at(scale: f64) -> Counts {
        let municipalities = scaled(342, scale, 3);
        let insurers = scaled(20, scale, 2);
        let care_regions = scaled(31, scale, 1);
        Counts {
            municipalities,
            insurers,
            concerns: scaled(10, scale, 1).min(insurers),
            care_regions,
            regions: scaled(42, scale, 1).max(care_regions).min(municipalities),
            ggd_regions: scaled(25, scale, 1).min(municipalities),
            plans: scaled(400, scale, 1),
        }
    }

    /// Which of `groups` groups municipality `m` (from 0) is dealt into: the municipalities,
    /// turned by `offset`, in even runs.
    fn group_of(&self, m: usize, offset: usize, groups: usize) -> usize {
        ((m + offset) % self.municipalities) * groups / self.municipalities
    }
}

/// The national model at `scale` (1.0 is the real size), drawn from `seed`.
///
/// The draws come in a fixed order — the offset of the grouping, the market leaders, each
/// region's mandaatgemeente, each plan's region and stream — so that a seed keeps its model.
pub fn national(seed: u64, scale: f64) -> String {
    let mut draw = Draw(seed);
    let counts = Counts::at(scale);
    let mut t = String::new();
    write_header(&mut t, seed, scale);
    write_parties(&mut t, &counts);
    write_concerns(&mut t, &counts);
    // Municipalities dealt over regions, each region within a zorgkantoorregio, and over GGD
    // regions; a drawn offset makes the grouping depend on the seed.
    let offset = draw.below(counts.municipalities);
    write_ggd_regions(&mut t, &counts, offset);
    let _ = writeln!(
        t,
        "[[body]]\nid = \"opdrachtgevers\"\nkind = \"steering-group\"\nmembers = [\"vws\", \"zn\", \"vng\"]\nsource = {}\n",
        cite(ANNEX, COMMISSIONERS)
    );
    let leaders = draw_market_leaders(&mut draw, &counts);
    for r in 0..counts.regions {
        let members: Vec<usize> = (0..counts.municipalities)
            .filter(|&m| counts.group_of(m, offset, counts.regions) == r)
            .collect();
        let mandate = members[draw.below(members.len())] + 1;
        write_region(&mut t, &counts, r, &members, &leaders, mandate);
    }
    write_agreement(&mut t);
    write_money(&mut t);
    write_decisions(&mut t);
    write_process(&mut t);
    write_plans(&mut t, &counts, &mut draw);
    t
}

/// The opening comment and the `[model]` table.
fn write_header(t: &mut String, seed: u64, scale: f64) {
    let _ = writeln!(
        t,
        "# A national model generated by `toets generate national --seed {seed} --scale {scale}`.\n\
         # Placeholder names; the numbers are those of the real structure times the scale.\n"
    );
    let _ = writeln!(
        t,
        "[model]\ntitle = \"National model (generated, seed {seed}, scale {scale})\"\n\
         source = \"toets generate national: the numbers of the structure of 2024, placeholder names\"\n\
         commissioners = [\"vws\", \"zn\", \"vng\"]\n"
    );
    let _ = writeln!(t, "{DOCUMENTS}");
}

/// The three commissioners, then every insurer and every municipality.
fn write_parties(t: &mut String, counts: &Counts) {
    for (id, kind, name) in [
        ("vws", "ministry", "Ministerie van VWS"),
        ("zn", "insurers-association", "Zorgverzekeraars Nederland"),
        (
            "vng",
            "municipalities-association",
            "Vereniging van Nederlandse Gemeenten",
        ),
    ] {
        let _ = writeln!(
            t,
            "[[party]]\nid = \"{id}\"\nname = \"{name}\"\nkind = \"{kind}\"\nsource = \"DOMAIN.md, The parties\"\n"
        );
    }
    for i in 1..=counts.insurers {
        let _ = writeln!(
            t,
            "[[party]]\nid = \"verzekeraar-{i:02}\"\nkind = \"insurer\"\nsource = \"DOMAIN.md: 10 insurer concerns (20 insurers)\"\n"
        );
    }
    for i in 1..=counts.municipalities {
        let _ = writeln!(
            t,
            "[[party]]\nid = \"gemeente-{i:03}\"\nkind = \"municipality\"\nsource = \"DOMAIN.md: the 342 municipalities\"\n"
        );
    }
}

/// Insurer concerns: the insurers dealt out over them in turn.
fn write_concerns(t: &mut String, counts: &Counts) {
    let (insurers, concerns) = (counts.insurers, counts.concerns);
    for c in 1..=concerns {
        let members: Vec<String> = (1..=insurers)
            .filter(|i| (i - 1) % concerns == c - 1)
            .map(|i| format!("\"verzekeraar-{i:02}\""))
            .collect();
        let _ = writeln!(
            t,
            "[[body]]\nid = \"concern-{c:02}\"\nkind = \"other\"\nmembers = [{}]\nsource = \"DOMAIN.md: 10 insurer concerns\"\n",
            members.join(", ")
        );
    }
}

/// The GGD regions, each a body of the municipalities dealt into it.
fn write_ggd_regions(t: &mut String, counts: &Counts, offset: usize) {
    for g in 0..counts.ggd_regions {
        let members: Vec<String> = (0..counts.municipalities)
            .filter(|&m| counts.group_of(m, offset, counts.ggd_regions) == g)
            .map(|m| format!("\"gemeente-{:03}\"", m + 1))
            .collect();
        let _ = writeln!(
            t,
            "[[body]]\nid = \"ggd-regio-{:02}\"\nkind = \"other\"\nmembers = [{}]\nsource = \"DOMAIN.md: 25 GGD regions\"\n",
            g + 1,
            members.join(", ")
        );
    }
}

/// Market leaders per zorgkantoorregio: two different insurers (numbered from 1), drawn.
fn draw_market_leaders(draw: &mut Draw, counts: &Counts) -> Vec<(usize, usize)> {
    let insurers = counts.insurers;
    (0..counts.care_regions)
        .map(|_| {
            let first = draw.below(insurers);
            let second = (first + 1 + draw.below(insurers - 1)) % insurers;
            (first + 1, second + 1)
        })
        .collect()
}

/// IZA region `r` (from 0) with its `members` (municipalities from 0) and its `mandate`
/// municipality (from 1): its review committee, the region, the mandaatgemeente's
/// accountability to VWS, and the mandates of the other municipalities.
fn write_region(
    t: &mut String,
    counts: &Counts,
    r: usize,
    members: &[usize],
    leaders: &[(usize, usize)],
    mandate: usize,
) {
    let care = r * counts.care_regions / counts.regions;
    let (a, b) = leaders[care];
    let names: Vec<String> = members
        .iter()
        .map(|m| format!("\"gemeente-{:03}\"", m + 1))
        .collect();
    let _ = writeln!(
        t,
        "[[body]]\nid = \"toetsing-regio-{n:02}\"\nkind = \"review-committee\"\n\
         members = [\"verzekeraar-{a:02}\", \"verzekeraar-{b:02}\", \"gemeente-{mandate:03}\"]\n\
         source = {source}\n",
        n = r + 1,
        source = cite(ANNEX, JOINT_REVIEW)
    );
    let _ = writeln!(
        t,
        "[[region]]\nid = \"regio-{n:02}\"\nname = \"IZA region {n} in zorgkantoorregio {c}\"\n\
         market_leaders = [\"verzekeraar-{a:02}\", \"verzekeraar-{b:02}\"]\n\
         insurers = [{all}]\nmunicipalities = [{muns}]\nmandate_municipality = \"gemeente-{mandate:03}\"\n\
         review_body = \"toetsing-regio-{n:02}\"\nsource = \"DOMAIN.md: 31 zorgkantoorregio's, 42 regions with a mandaatgemeente\"\n",
        n = r + 1,
        c = care + 1,
        all = (1..=counts.insurers)
            .map(|i| format!("\"verzekeraar-{i:02}\""))
            .collect::<Vec<_>>()
            .join(", "),
        muns = names.join(", ")
    );
    let _ = writeln!(
        t,
        "[[relation]]\nkind = \"accountable-to\"\nfrom = \"gemeente-{mandate:03}\"\nto = \"vws\"\n\
         source = {{ document = \"{SPUK}\", at = \"art. 9\", quote = \"De gemeente legt verantwoording af over de besteding van de specifieke uitkering\" }}\n"
    );
    // The mandate structure: every other municipality of the region mandates the
    // mandaatgemeente.
    for &m in members.iter().filter(|&&m| m + 1 != mandate) {
        let _ = writeln!(
            t,
            "[[relation]]\nkind = \"mandates\"\nfrom = \"gemeente-{:03}\"\nto = \"gemeente-{mandate:03}\"\n\
             source = {}\n",
            m + 1,
            cite(
                ANNEX,
                "onderlinge vertegenwoordiging in de mandaatstructuur"
            )
        );
    }
}

/// The agreement, its three commissioners, and their directing it.
fn write_agreement(t: &mut String) {
    let _ = writeln!(
        t,
        "[[agreement]]\nid = \"akkoord\"\nname = \"Integraal Zorg- en Welzijnsakkoord\"\nmethod = \"udo\"\n\
         method_source = {}\nsource = {}\n",
        cite(
            ANNEX,
            "waarbij gewerkt wordt volgens de werkwijze van de UDO"
        ),
        cite(ANNEX, DIRECT_TOGETHER)
    );
    for c in ["vws", "zn", "vng"] {
        let _ = writeln!(
            t,
            "[[agreement.commissioner]]\nparty = \"{c}\"\nrole = \"opdrachtgever\"\nsource = {}\n",
            cite(ANNEX, COMMISSIONERS)
        );
    }
    for c in ["vws", "zn", "vng"] {
        let _ = writeln!(
            t,
            "[[relation]]\nkind = \"directs\"\nfrom = \"{c}\"\nto = \"akkoord\"\nsource = {}\n",
            cite(ANNEX, DIRECT_TOGETHER)
        );
    }
}

/// The agreement's structural money for municipalities, 2025–2030 (IZA 2022, p. 110, the
/// table of §5g and §5h; the €110 million from 2025 on), the one task cost the texts give
/// (p. 110, §5h), and VWS's system responsibility.
fn write_money(t: &mut String) {
    for (amount, quote) in [
        (
            180_000_000,
            "GALA / SPUK bewegen, sport, gezondheid € 180 miljoen",
        ),
        (150_000_000, "IZA budget € 150 miljoen"),
        (
            110_000_000,
            "Vermindering druk op Wmo- voorzieningen € 110 miljoen",
        ),
    ] {
        let _ = writeln!(
            t,
            "[[relation]]\nkind = \"funds\"\nfrom = \"vws\"\nto = \"vng\"\namount = {amount}\nyear = 2025\nuntil = 2030\n\
             nature = \"structural\"\nstream = \"municipal-fund\"\n\
             source = {{ document = \"{IZA}\", page = 110, quote = \"{quote}\" }}\n"
        );
    }
    let _ = writeln!(
        t,
        "[[task]]\nid = \"wmo-abonnementstarief\"\nof = \"vng\"\ncost = 110000000\nfrom = 2025\nuntil = 2030\n\
         source = {{ document = \"{IZA}\", page = 110, quote = \"(structurele) meerkosten nu geraamd op 110 miljoen euro\" }}\n"
    );
    let _ = writeln!(
        t,
        "[[right]]\nholder = \"vws\"\nright = \"information\"\nover = \"akkoord\"\nsystem_responsibility = true\n\
         source = {}\n",
        cite(ANNEX, "onverlet de systeemverantwoordelijkheid van VWS")
    );
}

/// The decisions: the commissioners' joint ones, the binding prioritisation, and the review of
/// plans in two steps.
fn write_decisions(t: &mut String) {
    for (id, about, kind, quote) in [
        ("vaststelling", "agreement", "adopt", COMMISSIONERS),
        ("wijziging", "agreement", "amend", COMMISSIONERS),
        (
            "inrichting-proces",
            "process",
            "set-up-process",
            "richten gezamenlijk het proces daartoe in",
        ),
        (
            "sturing-uitvoering",
            "process",
            "steer-execution",
            "We sturen gezamenlijk vanuit de verschillende rollen en aandachtsgebieden op de uitvoering daarvan",
        ),
    ] {
        let _ = writeln!(
            t,
            "[[decision]]\nid = \"{id}\"\nabout = \"{about}\"\nkind = \"{kind}\"\ntaken_by = \"opdrachtgevers\"\n\
             rule = {{ unanimous = \"opdrachtgevers\" }}\nsource = {}\n",
            cite(ANNEX, quote)
        );
    }
    let _ = writeln!(
        t,
        "[[decision]]\nid = \"prioritering-ketenaanpakken\"\nabout = \"process\"\nkind = \"prioritise-chain-approaches\"\n\
         binding = true\ntaken_by = \"opdrachtgevers\"\nrule = {{ unanimous = \"opdrachtgevers\" }}\n\
         source = {}\n",
        cite(
            ANNEX,
            "afspraken over niet-vrijblijvende gezamenlijke prioritering"
        )
    );
    let _ = writeln!(
        t,
        "[[decision]]\nid = \"toetsing\"\nabout = \"plan\"\nkind = \"review-plan\"\nsource = {joint}\n\n\
         [[decision.step]]\nname = \"eerste snelle toets\"\nrule = {{ all_of = [\"region:market-leaders\", \"region:mandate-municipality\"] }}\n\
         source = [{{ document = \"{SPUK}\", at = \"Beoordelingskader, stap 1\", quote = \"Stap 1: Eerste snelle toets\" }}, {joint}]\n\n\
         [[decision.step]]\nname = \"beoordeling\"\nrule = {{ all_of = [\"region:market-leaders\", \"region:mandate-municipality\"] }}\n\
         source = [{{ document = \"{SPUK}\", at = \"Beoordelingskader, stap 3\", quote = \"Stap 3: Beoordeling transformatieplan\" }}, {joint}]\n",
        joint = cite(ANNEX, JOINT_REVIEW)
    );
}

/// The process VNG set for a new agreement (its letter "VNG-inbreng commissiedebat IZA" of 29
/// November 2024), and its signing after the members consented (its statement of September 2022
/// on signing the IZA).
fn write_process(t: &mut String) {
    for (id, kind, by, after, (document, quote)) in [
        (
            "conceptakkoord",
            "concept",
            "",
            "",
            (LETTER, "Wanneer er een conceptakkoord ligt"),
        ),
        (
            "udo",
            "udo",
            "",
            "conceptakkoord",
            (
                LETTER,
                "inclusief Uitvoerbaarheidstoets Decentrale Overheden (UDO)",
            ),
        ),
        (
            "doorrekening",
            "doorrekening",
            "",
            "conceptakkoord",
            (
                LETTER,
                "inclusief Uitvoerbaarheidstoets Decentrale Overheden (UDO) en doorrekening",
            ),
        ),
        (
            "houdbaarheid",
            "sustainability-weighing",
            "",
            "conceptakkoord",
            (
                LETTER,
                "er voldoende is voldaan aan de houdbaarheid van het sociaal domein",
            ),
        ),
        (
            "voorleggen",
            "put-to-members",
            "vng",
            "udo\", \"doorrekening\", \"houdbaarheid",
            (
                LETTER,
                "dan zal het bestuur dit conceptakkoord voorleggen aan de leden",
            ),
        ),
        (
            "instemming-alv",
            "members-ratification",
            "vng",
            "voorleggen",
            (
                STATEMENT,
                "onder voorbehoud van instemming door onze Algemene Ledenvergadering (ALV)",
            ),
        ),
        (
            "ondertekening",
            "signing",
            "vng",
            "instemming-alv",
            (
                STATEMENT,
                "Het bestuur heeft daarom besloten in te stemmen met ondertekening van het akkoord",
            ),
        ),
    ] {
        let _ = write!(t, "[[process]]\nid = \"{id}\"\nkind = \"{kind}\"\n");
        if !by.is_empty() {
            let _ = writeln!(t, "by = \"{by}\"");
        }
        if !after.is_empty() {
            let _ = writeln!(t, "after = [\"{after}\"]");
        }
        let _ = writeln!(t, "source = {}\n", cite(document, quote));
    }
}

/// The transformation plans, each with a drawn region and a drawn stream of money (the care
/// insurance three times as likely as each other stream).
fn write_plans(t: &mut String, counts: &Counts, draw: &mut Draw) {
    const STREAMS: [&str; 6] = [
        "zvw",
        "zvw",
        "zvw",
        "state-budget",
        "municipal-fund",
        "specific-grant",
    ];
    for p in 1..=counts.plans {
        let region = draw.below(counts.regions) + 1;
        let stream = STREAMS[draw.below(STREAMS.len())];
        let _ = writeln!(
            t,
            "[[plan]]\nid = \"plan-{p:03}\"\nregion = \"regio-{region:02}\"\nfunded_by = \"{stream}\"\n\
             source = \"DOMAIN.md: 224 approved by March 2026, ~400 submitted\"\n"
        );
    }
}

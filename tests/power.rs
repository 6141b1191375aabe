//! Voting power counted by dynamic programming, against enumerating every coalition, against
//! published index values, and at the size of a members' meeting of hundreds.

mod common;

use num_bigint::BigUint;
use proptest::prelude::*;
use toets::logic::power::{Game, Power};
use toets::verdict::Status;

/// Swings and Shapley–Shubik numerators by listing every coalition of the other voters.
fn enumerate(game: &Game, i: usize) -> (u64, Vec<u64>) {
    let n = game.voters.len();
    let mut by_size = vec![0u64; n];
    for mask in 0u64..(1 << n) {
        if mask & (1 << i) != 0 {
            continue;
        }
        let mut members: Vec<bool> = (0..n).map(|j| mask & (1 << j) != 0).collect();
        let without = game.wins(&members);
        members[i] = true;
        if game.wins(&members) && !without {
            by_size[mask.count_ones() as usize] += 1;
        }
    }
    (by_size.iter().sum(), by_size)
}

fn ratio(p: u64, q: u64) -> (BigUint, BigUint) {
    fn gcd(a: u64, b: u64) -> u64 {
        if b == 0 { a } else { gcd(b, a % b) }
    }
    let g = gcd(p, q).max(1);
    (BigUint::from(p / g), BigUint::from(q / g))
}

fn factorial(n: u64) -> u64 {
    (1..=n).product()
}

/// The power as enumeration gives it, in the form the count gives.
fn enumerated_power(game: &Game, i: usize) -> Power {
    let n = game.voters.len() as u64;
    let (swings, by_size) = enumerate(game, i);
    let numerator: u64 = by_size
        .iter()
        .enumerate()
        .map(|(k, c)| c * factorial(k as u64) * factorial(n - 1 - k as u64))
        .sum();
    let shapley_shubik = if numerator == 0 {
        (BigUint::from(0u8), BigUint::from(1u8))
    } else {
        ratio(numerator, factorial(n))
    };
    Power {
        swings: BigUint::from(swings),
        swings_by_size: by_size.into_iter().map(BigUint::from).collect(),
        shapley_shubik,
    }
}

#[test]
fn the_eec_council_of_1958_has_its_published_indices() {
    // The Council of the EEC, 1958: France, Germany and Italy 4 votes, Belgium and the
    // Netherlands 2, Luxembourg 1; a qualified majority is 12 of 17. Published: Banzhaf
    // swings 10, 10, 10, 6, 6, 0 (normalised 5/21, 5/21, 5/21, 1/7, 1/7, 0) and Shapley–Shubik
    // 14/60, 14/60, 14/60, 9/60, 9/60, 0 (Felsenthal and Machover, The Measurement of Voting
    // Power, 1998).
    let game = Game::weighted(&[4, 4, 4, 2, 2, 1], 12);
    let swings: Vec<String> = (0..6)
        .map(|i| game.power(i).unwrap().swings.to_string())
        .collect();
    assert_eq!(swings, ["10", "10", "10", "6", "6", "0"]);
    let shapley: Vec<(BigUint, BigUint)> = (0..6)
        .map(|i| game.power(i).unwrap().shapley_shubik)
        .collect();
    let expected = [
        ratio(14, 60),
        ratio(14, 60),
        ratio(14, 60),
        ratio(9, 60),
        ratio(9, 60),
        (BigUint::from(0u8), BigUint::from(1u8)),
    ];
    assert_eq!(shapley, expected);
}

#[test]
fn a_members_meeting_of_401_is_counted_exactly() {
    // 401 members with one vote each, a simple majority: a member swings exactly when 200 of
    // the other 400 consent, C(400, 200) coalitions, a number of 120 digits.
    let game = Game::weighted(&[1; 401], 201);
    let power = game.power(0).unwrap();
    let mut choose = BigUint::from(1u8);
    for k in 1..=200u32 {
        choose = choose * BigUint::from(400 - 200 + k) / BigUint::from(k);
    }
    assert_eq!(power.swings, choose);
    assert_eq!(power.swings.to_string().len(), 120);
    // Every member is alike: each has Shapley–Shubik index 1/401.
    assert_eq!(
        power.shapley_shubik,
        (BigUint::from(1u8), BigUint::from(401u32))
    );
}

#[test]
fn hundreds_of_members_with_varied_weights_stay_within_the_state_bound() {
    // A meeting of 342 municipalities weighted by size (1 to 5 votes) and the three
    // commissioners with 20 votes each; two thirds of the votes decide.
    let mut weights: Vec<u64> = (0..342).map(|i| 1 + (i % 5) as u64).collect();
    weights.extend([20, 20, 20]);
    let total: u64 = weights.iter().sum();
    let game = Game::weighted(&weights, (2 * total).div_ceil(3));
    let powers: Vec<Power> = (342..345).map(|i| game.power(i).unwrap()).collect();
    assert_eq!(powers[0], powers[1]);
    assert_eq!(powers[1], powers[2]);
    assert!(game.power(0).unwrap().swings < powers[0].swings);
}

proptest! {
    #[test]
    fn counting_agrees_with_enumeration(
        weights in prop::collection::vec(0u64..6, 1..9),
        quota_share in 0u64..=100,
    ) {
        let total: u64 = weights.iter().sum();
        let quota = (total * quota_share).div_ceil(100);
        let game = Game::weighted(&weights, quota);
        for i in 0..weights.len() {
            prop_assert_eq!(game.power(i).unwrap(), enumerated_power(&game, i));
        }
    }
}

/// Every decision over the agreement in the fixtures and reference models: the game the count
/// plays is the decision's rule (checked on every coalition with the plain evaluator), its
/// counts are enumeration's, and the verdict holds exactly when the commissioners' indices are
/// equal.
#[test]
fn decisions_are_counted_as_their_rules_decide_and_verdicts_follow_the_indices() {
    let mut files: Vec<String> = std::fs::read_dir("tests/fixtures/equal-power")
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .collect();
    files.extend(
        std::fs::read_dir("models")
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .map(|p| p.to_string_lossy().into_owned()),
    );
    files.sort();
    let mut decisions = 0;
    for path in files {
        let (model, report) = common::check_file(&path);
        for decision in model.decisions.iter().filter(|d| d.is_over_agreement()) {
            let game = Game::of_decision(&model, decision);
            let n = game.voters.len();
            assert!(n <= 16, "{path}: too many voters to enumerate");
            for mask in 0u32..(1 << n) {
                let members: Vec<bool> = (0..n).map(|j| mask & (1 << j) != 0).collect();
                let mut votes = toets::logic::vote::Votes {
                    present: (0..model.parties.len()).collect(),
                    ..Default::default()
                };
                for (j, &p) in game.voters.iter().enumerate() {
                    if members[j] {
                        votes.consents.insert(p);
                    }
                }
                let passes = decision
                    .steps
                    .iter()
                    .all(|s| toets::logic::vote::passes(&model, &s.rule, None, &votes));
                assert_eq!(game.wins(&members), passes, "{path}: {}", decision.id);
            }
            let powers: Vec<Power> = model
                .commissioners
                .iter()
                .filter_map(|c| game.voters.iter().position(|v| v == c))
                .map(|i| {
                    let power = game.power(i).unwrap();
                    assert_eq!(power, enumerated_power(&game, i), "{path}");
                    power
                })
                .collect();
            let voting = powers.len() == model.commissioners.len();
            let equal = voting && powers.windows(2).all(|w| w[0] == w[1])
                || powers.iter().all(|p| p.swings == BigUint::from(0u8));
            let verdict = report
                .verdicts
                .iter()
                .find(|v| v.rule == "equal-power" && v.subject.as_deref() == Some(&decision.id))
                .expect("a verdict per decision over the agreement");
            let expected = if equal {
                Status::Holds
            } else {
                Status::Violated
            };
            assert_eq!(verdict.status, expected, "{path}: {}", decision.id);
            assert_eq!(verdict.power.len(), model.commissioners.len(), "{path}");
            decisions += 1;
        }
    }
    assert!(decisions >= 15, "{decisions}");
}

; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    money-no-exemption
; subject: zorgkantoorregio
; case:    a plan in region `zorgkantoorregio` paid from `own-funds`, without the insurer side
; unsat means: no plan in region `zorgkantoorregio` paid from `own-funds` passes a review step unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.gezamenlijke-toetsing.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
(declare-const |passes.gezamenlijke-toetsing.2| Bool)
; if step `eerste snelle toets` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:market-leaders`
; the proof rests on this: step `eerste snelle toets` of decision `gezamenlijke-toetsing` asks the consent of `region:market-leaders` (models/compromise-2024-12.toml:474:21)
; the proof rests on this: `marktleider-1` and `marktleider-2` are `region:market-leaders` in region `zorgkantoorregio` (models/compromise-2024-12.toml:226:20)
(assert (or (not |passes.gezamenlijke-toetsing.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; if step `eerste snelle toets` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:mandate-municipality`
(assert (or (not |passes.gezamenlijke-toetsing.1|) |consents.aangewezen-gemeente|))
; if step `beoordeling transformatieplan` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:market-leaders`
; the proof rests on this: step `beoordeling transformatieplan` of decision `gezamenlijke-toetsing` asks the consent of `region:market-leaders` (models/compromise-2024-12.toml:486:21)
; the proof rests on this: `marktleider-1` and `marktleider-2` are `region:market-leaders` in region `zorgkantoorregio` (models/compromise-2024-12.toml:226:20)
(assert (or (not |passes.gezamenlijke-toetsing.2|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; if step `beoordeling transformatieplan` of decision `gezamenlijke-toetsing` passes, it asks the consent of `region:mandate-municipality`
(assert (or (not |passes.gezamenlijke-toetsing.2|) |consents.aangewezen-gemeente|))
; some review step of a plan paid from `own-funds` passes
(assert (or |passes.gezamenlijke-toetsing.1| |passes.gezamenlijke-toetsing.2|))
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)

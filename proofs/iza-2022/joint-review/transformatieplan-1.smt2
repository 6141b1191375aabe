; toets proof obligation
; model:   models/iza-2022.toml
; rule:    joint-review
; subject: transformatieplan
; case:    step `eerste snelle toets` of `beoordeling-transformatieplan` without the insurer side
; unsat means: the plan `transformatieplan` cannot pass step `eerste snelle toets` of `beoordeling-transformatieplan` unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.beoordeling-transformatieplan.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
; if step `eerste snelle toets` of decision `beoordeling-transformatieplan` passes, it asks the consent of `region:market-leaders`
; the proof rests on this: step `eerste snelle toets` of decision `beoordeling-transformatieplan` asks the consent of `region:market-leaders` (models/iza-2022.toml:318:21)
; the proof rests on this: `marktleider-1` and `marktleider-2` are `region:market-leaders` in region `zorgkantoorregio` (models/iza-2022.toml:150:20)
(assert (or (not |passes.beoordeling-transformatieplan.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; step `eerste snelle toets` of `beoordeling-transformatieplan` passes (Regeling SPUK, Beoordelingskader, stap 1: "Het voorstel wordt ter beoordeling voorgelegd aan de twee markleider zorgverzekeraars. Deze geven binnen vier weken uitsluitsel over de beoordeling.")
(assert |passes.beoordeling-transformatieplan.1|)
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)

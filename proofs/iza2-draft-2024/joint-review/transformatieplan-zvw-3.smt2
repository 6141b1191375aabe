; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    joint-review
; subject: transformatieplan-zvw
; case:    step `beoordeling transformatieplan` of `beoordeling-zvw-plan` without the insurer side
; unsat means: the plan `transformatieplan-zvw` cannot pass step `beoordeling transformatieplan` of `beoordeling-zvw-plan` unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.beoordeling-zvw-plan.2| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
; if step `beoordeling transformatieplan` of decision `beoordeling-zvw-plan` passes, it asks the consent of `region:market-leaders`
; the proof rests on this: step `beoordeling transformatieplan` of decision `beoordeling-zvw-plan` asks the consent of `region:market-leaders` (models/iza2-draft-2024.toml:428:21)
; the proof rests on this: `marktleider-1` and `marktleider-2` are `region:market-leaders` in region `zorgkantoorregio` (models/iza2-draft-2024.toml:204:20)
(assert (or (not |passes.beoordeling-zvw-plan.2|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; step `beoordeling transformatieplan` of `beoordeling-zvw-plan` passes (Regeling specifieke uitkering transformatiemiddelen IZA AZWA 2024–2028, bijlage I, stap 3: "Zoals in het IZA opgenomen, moet het uiteindelijke plan voor de impactvolle transformatie door de twee marktleider zorgverzekeraars worden beoordeeld en goedgekeurd."; Regeling specifieke uitkering transformatiemiddelen IZA AZWA 2024–2028, bijlage I, stap 3: "Zij nemen geen besluit over het goedkeuren van het transformatieplan; zij volgen het uiteindelijke besluit van de twee marktleiders.")
(assert |passes.beoordeling-zvw-plan.2|)
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)

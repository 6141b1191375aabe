; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    joint-review
; subject: transformatieplan-zvw
; case:    step `beoordeling transformatieplan` of `beoordeling-zvw-plan` without the municipal side
; unsat means: the plan `transformatieplan-zvw` cannot pass step `beoordeling transformatieplan` of `beoordeling-zvw-plan` unless the municipal side consents
; expect:  sat
(set-logic QF_LIA)
(declare-const |passes.beoordeling-zvw-plan.2| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
; if step `beoordeling transformatieplan` of decision `beoordeling-zvw-plan` passes, it asks the consent of `region:market-leaders`
(assert (or (not |passes.beoordeling-zvw-plan.2|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; step `beoordeling transformatieplan` of `beoordeling-zvw-plan` passes (Regeling specifieke uitkering transformatiemiddelen IZA AZWA 2024–2028, bijlage I, stap 3: "Zoals in het IZA opgenomen, moet het uiteindelijke plan voor de impactvolle transformatie door de twee marktleider zorgverzekeraars worden beoordeeld en goedgekeurd."; Regeling specifieke uitkering transformatiemiddelen IZA AZWA 2024–2028, bijlage I, stap 3: "Zij nemen geen besluit over het goedkeuren van het transformatieplan; zij volgen het uiteindelijke besluit van de twee marktleiders.")
(assert |passes.beoordeling-zvw-plan.2|)
; no party of the municipal side consents
(assert true)
(check-sat)
(exit)

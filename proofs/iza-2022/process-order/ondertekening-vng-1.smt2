; toets proof obligation
; model:   models/iza-2022.toml
; rule:    process-order
; subject: ondertekening-vng
; case:    `ondertekening-vng` without a step of kind `members-ratification`
; unsat means: every run of the process that reaches `ondertekening-vng` has done a step of kind `members-ratification`
; expect:  unsat
(set-logic QF_LIA)
(declare-const |done.akkoord-2022| Bool)
(declare-const |done.besluit-bestuur| Bool)
(declare-const |done.instemming-alv| Bool)
(declare-const |done.ondertekening-vng| Bool)
; fact: `besluit-bestuur` starts only after `akkoord-2022` is done
(assert (or (not |done.besluit-bestuur|) |done.akkoord-2022|))
; fact: `instemming-alv` starts only after `besluit-bestuur` is done
(assert (or (not |done.instemming-alv|) |done.besluit-bestuur|))
; fact: `ondertekening-vng` starts only after `instemming-alv` is done
; the proof rests on this: the step `ondertekening-vng` comes after `instemming-alv` (models/iza-2022.toml:491:1)
(assert (or (not |done.ondertekening-vng|) |done.instemming-alv|))
; the run reaches `ondertekening-vng`
(assert |done.ondertekening-vng|)
; the run does no step of kind `members-ratification`
(assert (not |done.instemming-alv|))
(check-sat)
(exit)

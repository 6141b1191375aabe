; toets proof obligation
; model:   models/iza-2022.toml
; rule:    process-order
; subject: ondertekening-vng-2022
; case:    `ondertekening-vng-2022` without a step of kind `members-ratification`
; unsat means: every run of the process that reaches `ondertekening-vng-2022` has done a step of kind `members-ratification`
; expect:  unsat
(set-logic QF_LIA)
(declare-const |done.akkoord-2022| Bool)
(declare-const |done.besluit-bestuur| Bool)
(declare-const |done.instemming-alv-2022| Bool)
(declare-const |done.ondertekening-vng-2022| Bool)
; fact: `besluit-bestuur` starts only after `akkoord-2022` is done
(assert (or (not |done.besluit-bestuur|) |done.akkoord-2022|))
; fact: `instemming-alv-2022` starts only after `besluit-bestuur` is done
(assert (or (not |done.instemming-alv-2022|) |done.besluit-bestuur|))
; fact: `ondertekening-vng-2022` starts only after `instemming-alv-2022` is done
; the proof rests on this: the step `ondertekening-vng-2022` comes after `instemming-alv-2022` (models/iza-2022.toml:373:1)
(assert (or (not |done.ondertekening-vng-2022|) |done.instemming-alv-2022|))
; the run reaches `ondertekening-vng-2022`
(assert |done.ondertekening-vng-2022|)
; the run does no step of kind `members-ratification`
(assert (not |done.instemming-alv-2022|))
(check-sat)
(exit)

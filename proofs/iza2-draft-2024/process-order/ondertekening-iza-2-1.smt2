; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    process-order
; subject: ondertekening-iza-2
; case:    `ondertekening-iza-2` without a step of kind `members-ratification`
; unsat means: every run of the process that reaches `ondertekening-iza-2` has done a step of kind `members-ratification`
; expect:  sat
(set-logic QF_LIA)
(declare-const |done.concept-iza-2| Bool)
(declare-const |done.ondertekening-iza-2| Bool)
; fact: `ondertekening-iza-2` starts only after `concept-iza-2` is done
(assert (or (not |done.ondertekening-iza-2|) |done.concept-iza-2|))
; the run reaches `ondertekening-iza-2`
(assert |done.ondertekening-iza-2|)
; the run does no step of kind `members-ratification`
(assert true)
(check-sat)
(exit)

"""The general mechanisms behind accuracy on real copy (issue 9, items 1 to 7), on text we write.

Each test names the exact findings (rule, category, line, column, text) a
sentence must give, or that it gives none: normalised matching, coverage by
word classes, implied subjects, attribution that does not guess, precision
guards, and messages a copywriter can act on.
"""
from __future__ import annotations

import re

import pytest

from claimlint import lint_text
from claimlint.findings import _texts
from claimlint.fixes import _apply, edits_for
from claimlint.loader import load_ruleset


def found(text: str, config: str, path: str = "page.md") -> list[tuple[str, str, int, int, str]]:
    return [(f.rule, f.category, f.line, f.column, f.text) for f in lint_text(text, path=path, config=config)
            if f.severity != "info"]


# 1. Normalised matching ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "IT HASN’T BEEN APPROVED BY THE FDA.",
    "EXOSOMES AREN'T FDA-APPROVED.",
    "EXOSOMES ARE NOT FDA\u2011APPROVED.",
    "Exosome products aren\u2019t FDA\u2010approved yet.",
])
def test_uppercase_and_curly_negations_are_disclosures(text: str, empty_config: str) -> None:
    assert found(text, empty_config) == []


@pytest.mark.parametrize(("text", "path", "column", "claim"), [
    ("<p>Our FDA&#8209;approved exosome therapy.</p>", "page.html", 8, "FDA&#8209;approved"),
    ("Our FDA\u2011approved exosome therapy.", "page.md", 5, "FDA\u2011approved"),
    ("Our FDA\u2013approved exosome therapy.", "page.md", 5, "FDA\u2013approved"),
    ("OUR FDA-APPROVED EXOSOME THERAPY.", "page.md", 5, "FDA-APPROVED"),
    ("Our exo\u00adsome therapy is FDA-approved.", "page.md", 25, "FDA-approved"),
    ("Our ＦＤＡ-approved exosome therapy.", "page.md", 5, "ＦＤＡ-approved"),
])
def test_dash_case_and_width_variants_match_and_point_at_the_original(
        text: str, path: str, column: int, claim: str, empty_config: str) -> None:
    findings = lint_text(text, path=path, config=empty_config)
    assert [(f.rule, f.line, f.column, f.text, f.treatment) for f in findings] == [
        ("fda-approved-conflict", 1, column, claim, "exosomes")]
    assert all(text[f.start:f.end] == f.text for f in findings)


def test_a_trademark_sign_does_not_hide_the_brand(empty_config: str) -> None:
    assert found("Botox® Cosmetic is FDA-approved for frown lines.", empty_config) == []
    assert found("Botox® Cosmetic has no side effects.", empty_config) == [
        ("no-side-effects", "absolute-safety", 1, 21, "no side effects")]


# 2. Coverage by word classes ----------------------------------------------------------

@pytest.mark.parametrize(("text", "rule", "category", "column", "claim"), [
    ("Exosome therapy is extremely safe.", "completely-safe", "absolute-safety", 20, "extremely safe"),
    ("There have been no reported complications.", "no-side-effects", "absolute-safety", 17,
     "no reported complications"),
    ("Decades of use prove it.", "studies-show", "unsubstantiated-evidence", 1, "Decades of use prove"),
    ("Our results are far superior to PRP.", "superiority-claim", "comparative-superiority", 21, "superior to"),
    ("Exosomes outperform every other hair treatment.", "superiority-claim", "comparative-superiority", 10,
     "outperform"),
    ("A safer alternative to surgery.", "superiority-claim", "comparative-superiority", 1,
     "A safer alternative to surgery"),
    ("We are the leading provider of facial treatments.", "superiority-claim", "comparative-superiority", 8,
     "the leading provider of facial treatments"),
    ("The #1 med spa in Austin.", "superiority-claim", "comparative-superiority", 5, "#1"),
    ("This serum is a game-changer.", "miracle-language", "hype", 17, "game-changer"),
    ("Discover the fountain of youth.", "miracle-language", "hype", 14, "fountain of youth"),
    ("Turn back the clock today.", "miracle-language", "hype", 1, "Turn back the clock"),
    ("An amazing treatment for tired skin.", "miracle-language", "hype", 4, "amazing treatment"),
    ("Voted the best Botox in Tampa.", "superiority-claim", "comparative-superiority", 1, "Voted the best Botox"),
    ("Get the results of a facelift without surgery.", "superiority-claim", "comparative-superiority", 9,
     "results of a facelift"),
    ("It treats the cause instead of masking symptoms.", "superiority-claim", "comparative-superiority", 21,
     "instead of masking symptoms"),
    ("Drips give 90% absorption compared to about 30% from capsules.", "superiority-claim",
     "comparative-superiority", 27, "compared to about 30%"),
    ("Steady levels all day, unlike creams.", "superiority-claim", "comparative-superiority", 24, "unlike creams"),
    ("Heal twice as fast after a hard workout.", "superiority-claim", "comparative-superiority", 6, "twice as fast"),
    ("Most clients are pain-free after four visits.", "guaranteed-results", "guaranteed-outcome", 18,
     "pain-free after"),
    ("I've never felt better!", "guaranteed-results", "guaranteed-outcome", 6, "never felt better"),
    ("Keep the weight off permanently.", "guaranteed-results", "guaranteed-outcome", 17, "off permanently"),
    ("Immediate neck relief after one visit.", "guaranteed-results", "guaranteed-outcome", 1,
     "Immediate neck relief after one visit"),
    ("Teeth up to 8 shades whiter in one hour.", "guaranteed-results", "guaranteed-outcome", 13,
     "8 shades whiter in one hour"),
    ("Leave feeling refreshed and energized.", "guaranteed-results", "guaranteed-outcome", 7,
     "feeling refreshed and energized"),
    ("Our pellets naturally restore hormone balance.", "natural-means-safe", "natural-safety", 13,
     "naturally restore"),
    ("Our whitening is completely safe for your enamel.", "completely-safe", "absolute-safety", 18,
     "completely safe"),
    ("Shockwave therapy heals tennis elbow without surgery.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Shockwave therapy heals tennis elbow"),
    ("Our industry-leading whitening system.", "superiority-claim", "comparative-superiority", 5,
     "industry-leading"),
    ("Implants last longer than bridges or dentures.", "superiority-claim", "comparative-superiority", 10,
     "last longer than"),
    ("Our cannula technique causes less bruising than needles.", "superiority-claim", "comparative-superiority",
     30, "less bruising than"),
    ("The peel is virtually painless.", "completely-safe", "absolute-safety", 13, "virtually painless"),
    ("Expect no swelling at all.", "no-side-effects", "absolute-safety", 8, "no swelling at all"),
    ("Our gel gets teeth whiter than any kit.", "superiority-claim", "comparative-superiority", 20, "whiter than any"),
    ("Your results last a full three years.", "guaranteed-results", "guaranteed-outcome", 6,
     "results last a full three years"),
    ("We have treated more knees than any other clinic in Ohio.", "superiority-claim",
     "comparative-superiority", 28, "than any other"),
    ("You will feel the difference after one drip.", "guaranteed-results", "guaranteed-outcome", 10,
     "feel the difference"),
    ("Most women lose 12 percent of their body weight.", "results-without-typicality", "guaranteed-outcome", 12,
     "lose 12 percent of their body weight"),
    ("This serum turned back the clock on my skin.", "miracle-language", "hype", 12, "turned back the clock"),
    ("My dark spots are completely gone!", "results-without-typicality", "guaranteed-outcome", 1,
     "My dark spots are completely gone"),
    ("Our gel whitens teeth and strengthens enamel.", "efficacy-as-fact", "unsubstantiated-evidence", 5,
     "gel whitens teeth and strengthens enamel"),
    ("Class IV lasers penetrate deeper and work faster.", "superiority-claim", "comparative-superiority", 38,
     "work faster"),
    ("NAD+ injections offer higher bioavailability.", "superiority-claim", "comparative-superiority", 23,
     "higher bioavailability"),
    ("Drips bypass the digestive system.", "superiority-claim", "comparative-superiority", 7,
     "bypass the digestive"),
    ("Skip the surgery and the downtime.", "superiority-claim", "comparative-superiority", 1, "Skip the surgery"),
    ("Our facial uses no chemicals and carries no risk.", "completely-safe", "absolute-safety", 42, "no risk"),
    ("One session is all most clients ever need.", "guaranteed-results", "guaranteed-outcome", 13,
     "is all most clients ever need"),
    ("Your results keep getting better every month.", "guaranteed-results", "guaranteed-outcome", 6,
     "results keep getting better"),
    ("Our infusions work in hours, not weeks.", "guaranteed-results", "guaranteed-outcome", 15, "work in hours"),
    ("This laser takes ten years off your skin.", "guaranteed-results", "guaranteed-outcome", 12,
     "takes ten years off"),
    ("Patients who finish the program never need surgery.", "guaranteed-results", "guaranteed-outcome", 33,
     "never need surgery"),
    ("My migraines stopped completely after two visits.", "results-without-typicality", "guaranteed-outcome", 14,
     "stopped completely"),
    ("A safer, gentler alternative to surgery.", "superiority-claim", "comparative-superiority", 1,
     "A safer, gentler alternative to surgery"),
    ("We treat the cause, not just masking the pain.", "superiority-claim", "comparative-superiority", 21,
     "not just masking"),
    ("Our exosome serum is fully approved.", "fda-approved-conflict", "regulatory-status", 22, "fully approved"),
    ("Shockwave therapy treats plantar fasciitis.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Shockwave therapy treats plantar fasciitis"),
    ("Compounded semaglutide is identical to the brand-name medication.", "same-as-approved-drug",
     "regulatory-status", 1, "Compounded semaglutide is identical to the brand-name"),
    ("As the leading medical weight-loss clinic in the region, we care.", "superiority-claim",
     "comparative-superiority", 4, "the leading medical weight-loss clinic"),
    ("The results are permanent for most people.", "guaranteed-results", "guaranteed-outcome", 5,
     "results are permanent"),
    ("Our peels use natural fruit acids, so they are gentle enough for anyone.", "natural-means-safe",
     "natural-safety", 15, "natural fruit acids, so"),
    ("Compounded semaglutide is the same FDA-approved medication as Wegovy.", "same-as-approved-drug",
     "regulatory-status", 31, "same FDA-approved medication as"),
    ("Our sauna is not only effective and affordable but is also gentle and safe.", "completely-safe",
     "absolute-safety", 52, "is also gentle and safe"),
    ("Our sauna is not only effective and affordable but is also gentle and safe.", "efficacy-as-fact",
     "unsubstantiated-evidence", 14, "not only effective"),
    ("This procedure rejuvenates and resculpts the face.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "This procedure rejuvenates and resculpts the face"),
    ("Realignment, leading to reduced pain and stiffness.", "efficacy-as-fact", "unsubstantiated-evidence", 14,
     "leading to reduced pain"),
    ("With numerous satisfied patients to vouch for it.", "results-without-typicality", "guaranteed-outcome", 6,
     "numerous satisfied patients"),
    ("Implants are the preferred choice.", "superiority-claim", "comparative-superiority", 14,
     "the preferred choice"),
    ("Get the results of surgery.", "superiority-claim", "comparative-superiority", 9, "results of surgery"),
    ("Results are felt right away.", "guaranteed-results", "guaranteed-outcome", 1, "Results are felt right away"),
    ("You will notice it within days.", "guaranteed-results", "guaranteed-outcome", 1,
     "You will notice it within days"),
    ("Back on the court in no time.", "guaranteed-results", "guaranteed-outcome", 1,
     "Back on the court in no time"),
    ("Results keep improving.", "guaranteed-results", "guaranteed-outcome", 1, "Results keep improving"),
    ("Your mobility continues to improve.", "guaranteed-results", "guaranteed-outcome", 15,
     "continues to improve"),
    ("After two weeks: 50% reduction in pain scores.", "results-without-typicality", "guaranteed-outcome", 18,
     "50% reduction"),
    ("Only our laser has been shown to achieve deep heating.", "studies-show", "unsubstantiated-evidence", 16,
     "has been shown to achieve"),
    ("Pills simply mask the pain.", "superiority-claim", "comparative-superiority", 7, "simply mask"),
    ("NAD+ IV therapy is the ultimate anti-aging cure.", "miracle-language", "hype", 33, "anti-aging cure"),
    ("Crushes cravings from the very first dose.", "guaranteed-results", "guaranteed-outcome", 18,
     "from the very first dose"),
    ("Cannula filler is more comfortable than needles.", "superiority-claim", "comparative-superiority", 19,
     "more comfortable than"),
    ("Peptides signal your body to produce more growth hormone.", "efficacy-as-fact", "unsubstantiated-evidence",
     1, "Peptides signal your body to produce more growth hormone"),
    ("IV therapy provides instant hydration.", "guaranteed-results", "guaranteed-outcome", 21,
     "instant hydration"),
    ("NAD+ is a naturally occurring coenzyme, so it is well tolerated.", "natural-means-safe", "natural-safety",
     11, "naturally occurring coenzyme, so"),
    ("Sculptra uses your body's natural collagen production.", "natural-means-safe", "natural-safety", 15,
     "your body's natural"),
    ("Our IV drips contain only natural vitamins and minerals.", "natural-means-safe", "natural-safety", 22,
     "only natural"),
    ("Since it is your own tissue, rejection is impossible.", "completely-safe", "absolute-safety", 30,
     "rejection is impossible"),
    ("Bioidentical hormones match your own, so they are safer.", "completely-safe", "absolute-safety", 39,
     "so they are safer"),
    ("# Best IV Drips in Austin", "superiority-claim", "comparative-superiority", 3, "Best IV Drips"),
    ("Zoom is the most popular whitening treatment.", "superiority-claim", "comparative-superiority",
     9, "the most popular whitening treatment"),
    ("Try this safe, gentle and affordable back pain treatment.", "completely-safe", "absolute-safety", 5,
     "this safe, gentle"),
    ("No pill or powder can match what our drips deliver.", "superiority-claim", "comparative-superiority", 1,
     "No pill or powder can match"),
    ("Store-bought strips simply cannot match a chairside session.", "superiority-claim",
     "comparative-superiority", 28, "cannot match"),
    ("IV delivery is the single most efficient way to hydrate.", "superiority-claim", "comparative-superiority",
     16, "the single most efficient way"),
    ("Our program works when every other plan has failed.", "superiority-claim", "comparative-superiority", 24,
     "every other plan has failed"),
    ("Your back pain will be gone within a month.", "guaranteed-results", "guaranteed-outcome", 1,
     "Your back pain will be gone"),
    ("Your cravings will disappear.", "guaranteed-results", "guaranteed-outcome", 1, "Your cravings will disappear"),
    ("Your new crowns will last for decades.", "guaranteed-results", "guaranteed-outcome", 1,
     "Your new crowns will last for decades"),
    ("Weight loss feels practically effortless.", "guaranteed-results", "guaranteed-outcome", 19,
     "practically effortless"),
    ("Our hangover drip is the cure!", "miracle-language", "hype", 19, "is the cure"),
    ("Semaglutide has revolutionized weight care.", "miracle-language", "hype", 17, "revolutionized"),
    ("The gentle light cannot harm your eyes.", "no-side-effects", "absolute-safety", 18, "cannot harm"),
    ("Expect hardly any discomfort.", "completely-safe", "absolute-safety", 8, "hardly any discomfort"),
    ("The program lifts your self-esteem.", "efficacy-as-fact", "unsubstantiated-evidence", 5,
     "program lifts your self-esteem"),
    ("Regenerative medicine can restore your shoulder.", "efficacy-as-fact", "unsubstantiated-evidence", 14,
     "medicine can restore your shoulder"),
    ("Many patients have reported a significant drop in their pain.", "results-without-typicality",
     "guaranteed-outcome", 1, "Many patients have reported a significant"),
    ("Plasma carries a far lower risk of bumps than gel fillers.", "superiority-claim",
     "comparative-superiority", 18, "far lower risk"),
    ("No one will be able to tell you had anything done.", "guaranteed-results", "guaranteed-outcome", 1,
     "No one will be able to tell"),
    ("This formula treats the root cause of thinning.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "This formula treats the root cause of thinning"),
    ("Decades of data showing pellets work.", "studies-show", "unsubstantiated-evidence", 12, "data showing"),
    ("The odds of a reaction are virtually zero.", "completely-safe", "absolute-safety", 28, "virtually zero"),
    ("Hormone pellets do not raise the risk of stroke.", "no-side-effects", "absolute-safety", 17,
     "do not raise the risk"),
    ("We put the brakes on aging.", "miracle-language", "hype", 4, "put the brakes on"),
    ("After six sessions I'm pain-free.", "results-without-typicality", "guaranteed-outcome", 20, "I'm pain-free"),
    ("I've got my energy back.", "results-without-typicality", "guaranteed-outcome", 1, "I've got my energy back"),
    ("Our ozone joint therapy is a permanent treatment for knee pain.", "guaranteed-results",
     "guaranteed-outcome", 30, "permanent treatment"),
    ("Results: visible within two weeks.", "guaranteed-results", "guaranteed-outcome", 1, "Results: visible within"),
    ("You can expect a 20 percent improvement with every injection.", "results-without-typicality",
     "guaranteed-outcome", 18, "20 percent improvement"),
    ("Most patients need only one session to enjoy the results.", "guaranteed-results", "guaranteed-outcome", 15,
     "need only one session"),
    ("Cold therapy can benefit anyone.", "guaranteed-results", "guaranteed-outcome", 14, "can benefit anyone"),
    ("Two decades of use have proven Botox safe.", "studies-show", "unsubstantiated-evidence", 5,
     "decades of use have proven Botox safe"),
    ("The laser causes no damage to your skin whatsoever.", "no-side-effects", "absolute-safety", 11,
     "causes no damage to"),
    ("The evidence is clear: decompression works.", "studies-show", "unsubstantiated-evidence", 1,
     "The evidence is clear"),
    ("Benefits of TRT include more stamina and a better mood.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Benefits of TRT include more stamina"),
    ("TRT helps men win back their energy.", "efficacy-as-fact", "unsubstantiated-evidence", 15,
     "win back their energy"),
    ("There is finally a solution for ED.", "miracle-language", "hype", 10, "finally a solution"),
    ("Decompression is promoted as safe and effective.", "completely-safe", "absolute-safety", 30,
     "safe and effective"),
    ("Lines fade or vanish entirely within days.", "guaranteed-results", "guaranteed-outcome", 1,
     "Lines fade or vanish entirely"),
    ("Relief shows up within just a few sessions.", "guaranteed-results", "guaranteed-outcome", 17,
     "within just a few sessions"),
    ("Men on TRT will enjoy a better sex life.", "guaranteed-results", "guaranteed-outcome", 12,
     "will enjoy a better"),
    ("Patients generally notice more energy after a drip.", "results-without-typicality", "guaranteed-outcome", 1,
     "Patients generally notice"),
    ("Thousands of published papers document the safety of ozone.", "studies-show", "unsubstantiated-evidence", 1,
     "Thousands of published papers document"),
    ("Ozone occurs naturally in the body.", "natural-means-safe", "natural-safety", 7,
     "occurs naturally in the body"),
    ("Shockwave is a great alternative to painkillers.", "superiority-claim", "comparative-superiority", 16,
     "great alternative to"),
    ("Your cravings for sweets will fade as well.", "guaranteed-results", "guaranteed-outcome", 1,
     "Your cravings for sweets will fade"),
    ("Dry needling can make a real difference.", "guaranteed-results", "guaranteed-outcome", 18,
     "make a real difference"),
    ("Patients have enjoyed excellent pain relief from it.", "results-without-typicality", "guaranteed-outcome", 1,
     "Patients have enjoyed excellent pain relief"),
    ("Implants succeed in 97% of cases.", "results-without-typicality", "guaranteed-outcome", 18, "in 97% of cases"),
    ("Veneers are an outstanding way to reshape your smile.", "efficacy-as-fact", "unsubstantiated-evidence", 13,
     "an outstanding way to"),
    ("Unlike dentures, implants never slip.", "superiority-claim", "comparative-superiority", 1, "Unlike dentures"),
    ("Recovery is easier than traditional gum surgery.", "superiority-claim", "comparative-superiority", 13,
     "easier than traditional"),
    ("PRP has none of the side effects of steroids.", "no-side-effects", "absolute-safety", 9,
     "none of the side effects"),
    ("It has been used successfully and safely for decades.", "completely-safe", "absolute-safety", 18,
     "successfully and safely"),
    ("Whiter teeth after a single visit.", "guaranteed-results", "guaranteed-outcome", 14, "after a single visit"),
    ("Shed excess pounds", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Shed excess pounds"),
    ("Relief from allergies", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Relief from allergies"),
    ("Decompression helps to reposition bulging discs.", "efficacy-as-fact", "unsubstantiated-evidence", 15,
     "helps to reposition bulging discs"),
    ("Platelet-rich plasma (PRP) stimulates hair growth.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Platelet-rich plasma (PRP) stimulates hair growth"),
    ("Tirzepatide delivers dramatic weight loss.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Tirzepatide delivers dramatic weight loss"),
    ("The treatment works well on crows feet.", "efficacy-as-fact", "unsubstantiated-evidence", 15, "works well on"),
    ("Each veneer fits your teeth perfectly.", "guaranteed-results", "guaranteed-outcome", 13,
     "fits your teeth perfectly"),
    ("The outcomes have been thrilling.", "miracle-language", "hype", 5, "outcomes have been thrilling"),
    ("Ketamine is extraordinarily effective.", "efficacy-as-fact", "unsubstantiated-evidence", 10,
     "is extraordinarily effective"),
    ("An infusion gives complete absorption.", "superiority-claim", "comparative-superiority", 19,
     "complete absorption"),
    ("It delivers the highest and most reliable absorption of any method.", "superiority-claim",
     "comparative-superiority", 13, "the highest and most reliable absorption of any"),
    ("Implants are the one treatment that protects your jawbone.", "superiority-claim", "comparative-superiority",
     14, "the one treatment that"),
    ("A follow-up visit will keep the lines away.", "guaranteed-results", "guaranteed-outcome", 19,
     "will keep the lines away"),
    ("You will be able to smile again.", "guaranteed-results", "guaranteed-outcome", 5,
     "will be able to smile again"),
    ("There is nothing to be alarmed about.", "no-side-effects", "absolute-safety", 10, "nothing to be alarmed"),
    ("TMS causes few if any side effects.", "no-side-effects", "absolute-safety", 12, "few if any side effects"),
    ("There is no worry about allergic reactions.", "no-side-effects", "absolute-safety", 10,
     "no worry about allergic reactions"),
    ("TMS produces a 60 percent response rate.", "results-without-typicality", "guaranteed-outcome", 16,
     "60 percent response rate"),
    ("It clears acne in as few as five sessions.", "guaranteed-results", "guaranteed-outcome", 16, "in as few as"),
    ("Your back pain can be solved.", "guaranteed-results", "guaranteed-outcome", 6, "back pain can be solved"),
    ("Botox does wonderful things for your skin.", "efficacy-as-fact", "unsubstantiated-evidence", 7,
     "does wonderful things for"),
    ("Injections keep wrinkles from forming.", "efficacy-as-fact", "unsubstantiated-evidence", 12,
     "keep wrinkles from forming"),
    ("Extensive data supports shockwave for ED.", "studies-show", "unsubstantiated-evidence", 1,
     "Extensive data supports"),
    ("Stem cells deliver major improvements in pain.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Stem cells deliver major improvements in pain"),
    ("This steady delivery makes pellet therapy so effective.", "efficacy-as-fact", "unsubstantiated-evidence", 43,
     "so effective"),
    ("Decompression removes the need for surgery.", "superiority-claim", "comparative-superiority", 15,
     "removes the need for"),
    ("It rehydrates you more effectively than drinking water.", "superiority-claim", "comparative-superiority", 19,
     "more effectively than"),
    ("Patients often get relief after the second session.", "results-without-typicality", "guaranteed-outcome", 1,
     "Patients often get relief"),
    ("They do work for a lot of people.", "results-without-typicality", "guaranteed-outcome", 9, "work for a lot"),
    ("It works for most people.", "results-without-typicality", "guaranteed-outcome", 4, "works for most"),
    ("Visible improvement immediately", "guaranteed-results", "guaranteed-outcome", 1,
     "Visible improvement immediately"),
    ("Your results show up right away.", "guaranteed-results", "guaranteed-outcome", 6,
     "results show up right away"),
    ("Find out how Dana got her life back with stem cells.", "guaranteed-results", "guaranteed-outcome", 19,
     "got her life back"),
    ("Most patients felt better within three days.", "guaranteed-results", "guaranteed-outcome", 15,
     "felt better within three days"),
    ("Countless people have been helped by this care.", "results-without-typicality", "guaranteed-outcome", 1,
     "Countless people have been helped"),
    ("PRP can help treat:", "efficacy-as-fact", "unsubstantiated-evidence", 14, "treat:"),
    ("Brings down blood pressure", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Brings down blood pressure"),
    ("Whitening is a quick and affordable way to enhance your smile.", "efficacy-as-fact",
     "unsubstantiated-evidence", 37, "way to enhance your smile"),
    ("Semaglutide is a powerful appetite suppressant.", "efficacy-as-fact", "unsubstantiated-evidence", 16,
     "a powerful appetite suppressant"),
    ("It works so well on scarring.", "efficacy-as-fact", "unsubstantiated-evidence", 1, "It works so well on"),
    ("BHRT can be helpful in treating andropause.", "efficacy-as-fact", "unsubstantiated-evidence", 13,
     "helpful in treating"),
    ("Ketamine brings a rapid drop in depression.", "efficacy-as-fact", "unsubstantiated-evidence", 10,
     "brings a rapid drop in"),
    ("Facials hold off new lines and wrinkles.", "efficacy-as-fact", "unsubstantiated-evidence", 9,
     "hold off new lines and wrinkles"),
    ("The old layer peels away to uncover completely new skin.", "guaranteed-results", "guaranteed-outcome", 37,
     "completely new skin"),
    ("Peptides are safe and well tolerated.", "completely-safe", "absolute-safety", 1,
     "Peptides are safe and well tolerated"),
    ("Estradiol pellets can ease menopause symptoms.", "efficacy-as-fact", "unsubstantiated-evidence", 11,
     "pellets can ease menopause symptoms"),
    ("Aids detoxification", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Aids detoxification"),
    ("Infrared therapy can rev up your metabolism.", "efficacy-as-fact", "unsubstantiated-evidence", 10,
     "therapy can rev up your metabolism"),
    ("The benefits of PBM include pain relief and healthier skin.", "efficacy-as-fact",
     "unsubstantiated-evidence", 5, "benefits of PBM include pain"),
    ("Injection gives the fastest and most effective absorption.", "superiority-claim", "comparative-superiority",
     17, "the fastest and most effective absorption"),
    ("This can be more efficient for body-wide conditions.", "superiority-claim", "comparative-superiority", 13,
     "more efficient for"),
    ("After your first session, your skin will feel smoother.", "guaranteed-results", "guaranteed-outcome", 37,
     "will feel smoother"),
    ("Numerous studies have appeared in medical journals.", "studies-show", "unsubstantiated-evidence", 1,
     "Numerous studies"),
    ("This medication is considered safe.", "completely-safe", "absolute-safety", 20, "considered safe"),
    ("One quick follow-up session is all it takes.", "guaranteed-results", "guaranteed-outcome", 29,
     "is all it takes"),
    ("People of any age can benefit from chiropractic care.", "guaranteed-results", "guaranteed-outcome", 11,
     "any age can benefit"),
    ("Chiropractic has become the first-choice treatment for neck pain.", "superiority-claim",
     "comparative-superiority", 29, "first-choice treatment"),
    ("Cryotherapy is a stronger, more effective way to shorten recovery.", "superiority-claim",
     "comparative-superiority", 16, "a stronger, more effective way"),
    ("Our offices have the finest and newest technology available.", "superiority-claim",
     "comparative-superiority", 18, "the finest and newest technology"),
    ("HBOT is an easy treatment with enormous results.", "miracle-language", "hype", 32, "enormous results"),
    ("Hyperbaric oxygen has been used to successfully treat many illnesses.", "efficacy-as-fact",
     "unsubstantiated-evidence", 28, "used to successfully treat many illnesses"),
    ("The tank is perfectly sterile.", "completely-safe", "absolute-safety", 13, "perfectly sterile"),
    ("TMS does not cause weight gain.", "no-side-effects", "absolute-safety", 5, "does not cause weight gain"),
    ("This produces an instant anti-inflammatory response.", "guaranteed-results", "guaranteed-outcome", 18,
     "instant anti-inflammatory"),
    ("Laser resurfacing helps uncover brighter, smoother skin.", "guaranteed-results", "guaranteed-outcome", 25,
     "uncover brighter, smoother skin"),
    ("There is nothing to fear.", "no-side-effects", "absolute-safety", 10, "nothing to fear"),
    ("The shots can help you drop extra pounds.", "efficacy-as-fact", "unsubstantiated-evidence", 15,
     "help you drop extra pounds"),
    ("B12 is regarded as safe even in high doses.", "completely-safe", "absolute-safety", 8, "regarded as safe"),
    ("No lasting side effects have been reported.", "no-side-effects", "absolute-safety", 1,
     "No lasting side effects"),
    ("Our results are lasting.", "guaranteed-results", "guaranteed-outcome", 5, "results are lasting"),
    ("Bioidentical hormones spare patients the side effects of synthetic drugs.", "no-side-effects",
     "absolute-safety", 23, "spare patients the side effects"),
    ("Your sleep improves within a week.", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Your sleep improves"),
    ("The filler keeps working for two years.", "guaranteed-results", "guaranteed-outcome", 12, "keeps working for"),
    ("Plasma is less prone than gels to forming bumps.", "superiority-claim", "comparative-superiority", 11,
     "less prone than"),
    ("PRP can help truly heal problems such as tendinitis.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "PRP can help truly heal problems such as tendinitis"),
    ("Your teeth will be several shades whiter.", "guaranteed-results", "guaranteed-outcome", 20,
     "several shades whiter"),
    ("Thousands of patients have been helped.", "results-without-typicality", "guaranteed-outcome", 1,
     "Thousands of patients have been helped"),
    ("You see the results right away.", "guaranteed-results", "guaranteed-outcome", 5, "see the results right away"),
    ("The formulation has been reviewed by the FDA.", "implied-fda-endorsement", "regulatory-status", 26,
     "reviewed by the FDA"),
    ("Whitening can dramatically transform stained teeth.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Whitening can dramatically transform stained teeth"),
    ("There is no question that cryotherapy lifts your mood.", "efficacy-as-fact", "unsubstantiated-evidence", 27,
     "cryotherapy lifts your mood"),
    ("The injury prompts your skin to build new collagen.", "efficacy-as-fact", "unsubstantiated-evidence", 12,
     "prompts your skin to build new collagen"),
    ("Published research from two continents confirms its value.", "studies-show", "unsubstantiated-evidence", 11,
     "research from two continents confirms"),
    ("Used for decades with consistently good outcomes.", "studies-show", "unsubstantiated-evidence", 23,
     "consistently good outcomes"),
    ("Clients will then see natural lifting.", "guaranteed-results", "guaranteed-outcome", 1,
     "Clients will then see"),
    ("Get your hair and your confidence back.", "guaranteed-results", "guaranteed-outcome", 1,
     "Get your hair and your confidence back"),
    ("The tiny wounds leave no lasting damage.", "no-side-effects", "absolute-safety", 17,
     "leave no lasting damage"),
    ("Your body absorbs every bit of the vitamin instantly.", "superiority-claim", "comparative-superiority", 11,
     "absorbs every bit of the vitamin instantly"),
    ("Every vial is processed under FDA and tissue-bank regulations.", "implied-fda-endorsement",
     "regulatory-status", 25, "under FDA and tissue-bank regulations"),
    ("The laser's energy supercharges each follicle.", "efficacy-as-fact", "unsubstantiated-evidence", 5,
     "laser's energy supercharges each follicle"),
    ("You can expect zero recovery time after your pen session.", "non-invasive-conflict", "invasiveness", 16,
     "zero recovery"),
    ("Our new peels are real game-changers for dull skin.", "miracle-language", "hype", 24, "game-changers"),
    ("This drip is a major advance in recovery care.", "miracle-language", "hype", 14, "a major advance"),
    ("Our laser is changing the way we treat scars.", "miracle-language", "hype", 11, "is changing the way"),
    ("By week six the results are truly spectacular.", "miracle-language", "hype", 17,
     "results are truly spectacular"),
    ("The chance of an allergic reaction to our filler is extremely low.", "no-side-effects", "absolute-safety", 27,
     "reaction to our filler is extremely low"),
    ("With numbing cream you will feel no pain at all.", "no-side-effects", "absolute-safety", 29, "feel no pain"),
    ("Our aligners surpass traditional braces.", "superiority-claim", "comparative-superiority", 14, "surpass"),
    ("Our clinic has a clear edge over chain med spas.", "superiority-claim", "comparative-superiority", 18,
     "clear edge over"),
    ("There is a better way to lose weight.", "superiority-claim", "comparative-superiority", 10, "a better way"),
    ("A more permanent solution for thinning hair.", "superiority-claim", "comparative-superiority", 1,
     "A more permanent solution"),
    ("The results go beyond what diet alone can do.", "superiority-claim", "comparative-superiority", 16,
     "beyond what"),
    ("You can once again enjoy crunchy food.", "guaranteed-results", "guaranteed-outcome", 5, "can once again"),
    ("Your new smile will instantly look brighter.", "guaranteed-results", "guaranteed-outcome", 16,
     "will instantly look"),
    ("It becomes virtually impossible for the denture to slip.", "guaranteed-results", "guaranteed-outcome", 12,
     "virtually impossible for"),    ("Cutting sugar cravings within weeks.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Cutting sugar cravings"),
    ("Delivers steady weight loss.", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Delivers steady weight loss"),
    ("Prompting your scalp to grow thicker hair.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Prompting your scalp to grow thicker hair"),
    ("Over time your skin will begin producing fresh collagen.", "efficacy-as-fact", "unsubstantiated-evidence", 21,
     "will begin producing fresh collagen"),
    ("Patients love its impressive effectiveness.", "efficacy-as-fact", "unsubstantiated-evidence", 15,
     "its impressive effectiveness"),
    ("A convenient and effective option for busy parents.", "efficacy-as-fact", "unsubstantiated-evidence", 3,
     "convenient and effective option"),
    ("Lose the weight safely with our program.", "completely-safe", "absolute-safety", 1, "Lose the weight safely"),
    ("Safe laser hair removal for every season.", "completely-safe", "absolute-safety", 1, "Safe laser hair removal"),
    ("Our peptide protocols are legal and regulated.", "legal-is-not-approval", "regulatory-status", 27,
     "legal and regulated"),
    ("Compounded peptides are an officially recognized therapy.", "legal-is-not-approval", "regulatory-status", 28,
     "officially recognized"),    ("Decrease brain fog", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Decrease brain fog"),
    ("Our infusions help patients with anxiety and depression.", "efficacy-as-fact", "unsubstantiated-evidence", 15,
     "help patients with anxiety and depression"),
    ("Microneedling is especially beneficial for people with stubborn acne scars.", "efficacy-as-fact",
     "unsubstantiated-evidence", 18, "especially beneficial for people with stubborn acne scars"),
    ("Most men over forty benefit from TRT.", "efficacy-as-fact", "unsubstantiated-evidence", 21, "benefit from TRT"),
    ("Research supports its use for sports injuries.", "studies-show", "unsubstantiated-evidence", 1,
     "Research supports its use"),
    ("Proven Benefits of Cold Plunges", "studies-show", "unsubstantiated-evidence", 1, "Proven Benefits"),
    ("Ozone has no known toxicity.", "no-side-effects", "absolute-safety", 11, "no known toxicity"),
    ("The laser cap was approved for hair growth in 2019.", "approved-device-only-cleared", "regulatory-status", 15,
     "was approved for"),    ("80% of patients see thicker hair within six months.", "results-without-typicality", "guaranteed-outcome", 1,
     "80% of patients see"),
    ("Our trial showed symptom relief in 85% of patients.", "results-without-typicality", "guaranteed-outcome", 26,
     "relief in 85% of"),    ("Microneedling has transformed the way we treat acne scars.", "miracle-language", "hype", 15,
     "has transformed the way"),
    ("Our peptide shows incredible potential for recovery.", "miracle-language", "hype", 19, "incredible potential"),
    ("Ketamine is a remarkable medicine.", "miracle-language", "hype", 15, "remarkable medicine"),
    ("PRP is the most natural hair treatment available.", "natural-means-safe", "natural-safety", 8,
     "the most natural hair treatment"),
    ("The result is smoother, firmer skin.", "guaranteed-results", "guaranteed-outcome", 1,
     "The result is smoother, firmer"),
    ("After three sessions your fine lines disappear.", "guaranteed-results", "guaranteed-outcome", 32,
     "lines disappear"),
    ("No further treatment is needed after the series.", "guaranteed-results", "guaranteed-outcome", 1,
     "No further treatment is needed"),
    ("The surrounding skin is left unharmed.", "completely-safe", "absolute-safety", 25, "left unharmed"),
    ("Our fillers have an excellent safety record.", "completely-safe", "absolute-safety", 21,
     "excellent safety record"),
    ("Ketamine is a safe anesthetic.", "completely-safe", "absolute-safety", 13, "a safe anesthetic"),    ("Our coaching can help you reach your weight loss goals.", "efficacy-as-fact", "unsubstantiated-evidence", 18,
     "help you reach your weight loss goals"),
    ("It is a non-surgical treatment that really works.", "efficacy-as-fact", "unsubstantiated-evidence", 37,
     "really works"),
    ("There is growing evidence for light therapy in acne.", "studies-show", "unsubstantiated-evidence", 10,
     "growing evidence"),
    ("Red light has been the subject of more than 3,000 published studies.", "studies-show",
     "unsubstantiated-evidence", 35, "more than 3,000 published studies"),
    ("Our peel produces permanent changes in texture.", "guaranteed-results", "guaranteed-outcome", 19,
     "permanent changes"),
    ("The benefits are lasting.", "guaranteed-results", "guaranteed-outcome", 5, "benefits are lasting"),
    ("Shots make losing weight easier than ever.", "superiority-claim", "comparative-superiority", 26,
     "easier than ever"),
    ("Prolotherapy can repair a partial tear.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Prolotherapy can repair a partial tear"),
    ("Most patients who try our program see results in a month.", "results-without-typicality",
     "guaranteed-outcome", 1, "Most patients who try our program see results"),    ("Suppress hunger.", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Suppress hunger"),
    ("Our injections are safe for men and women alike.", "completely-safe", "absolute-safety", 5,
     "injections are safe for men"),
    ("Every side effect can be managed at home.", "completely-safe", "absolute-safety", 1,
     "Every side effect can be managed"),
    ("No other clinic in town compares.", "superiority-claim", "comparative-superiority", 1,
     "No other clinic in town compares"),
    ("Pens are a more practical alternative to infusions.", "superiority-claim", "comparative-superiority", 10,
     "a more practical alternative to"),
    ("The shots will promote faster fat metabolism.", "guaranteed-results", "guaranteed-outcome", 11,
     "will promote faster fat metabolism"),
    ("On the plan you should not feel hungry.", "guaranteed-results", "guaranteed-outcome", 17,
     "should not feel hungry"),
    ("Energy Boost with B Vitamins", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Energy Boost"),
    ("Hormone therapy slows aging.", "efficacy-as-fact", "unsubstantiated-evidence", 9, "therapy slows aging"),
    ("Patients can lose anywhere from 20 to 30 pounds.", "results-without-typicality", "guaranteed-outcome", 14,
     "lose anywhere from 20 to 30 pounds"),    ("Implants succeed in more than 97% of cases.", "results-without-typicality", "guaranteed-outcome", 18,
     "in more than 97% of cases"),    ("Your skin looks smoother and younger.", "efficacy-as-fact", "unsubstantiated-evidence", 6,
     "skin looks smoother and younger"),
    ("The peel exfoliates, revealing a brighter complexion.", "efficacy-as-fact", "unsubstantiated-evidence", 22,
     "revealing a brighter complexion"),
    ("Our laser has a long track record of safety.", "studies-show", "unsubstantiated-evidence", 22,
     "track record of safety"),
    ("The incomparable Emsella chair.", "superiority-claim", "comparative-superiority", 5, "incomparable"),
    ("These devices have reduced the need for surgery.", "superiority-claim", "comparative-superiority", 20,
     "reduced the need for surgery"),
    ("Shockwave can be a very beneficial treatment.", "efficacy-as-fact", "unsubstantiated-evidence", 20,
     "very beneficial"),
    ("The new spray has shown good results in trials.", "studies-show", "unsubstantiated-evidence", 15,
     "has shown good results"),
    ("Sharpens mental acuity", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Sharpens mental acuity"),
    ("Chelation has been used by thousands of physicians.", "studies-show", "unsubstantiated-evidence", 20,
     "used by thousands of physicians"),
    ("Our fillers make you look years younger.", "guaranteed-results", "guaranteed-outcome", 13,
     "make you look years younger"),
    ("Get minoxidil for effective hair regrowth.", "efficacy-as-fact", "unsubstantiated-evidence", 15,
     "for effective hair regrowth"),
    ("Our CO2 laser is one of the most advanced skin resurfacing treatments available.", "superiority-claim",
     "comparative-superiority", 18, "one of the most advanced skin resurfacing treatments"),
    ("IV drips offer real advantages over oral supplements.", "superiority-claim", "comparative-superiority", 21,
     "advantages over"),
    ("The device can be used on all skin types.", "guaranteed-results", "guaranteed-outcome", 19,
     "used on all skin types"),
    ("Our ketamine care helps patients with post-traumatic stress disorder.", "efficacy-as-fact",
     "unsubstantiated-evidence", 19, "helps patients with post-traumatic stress disorder"),
    ("Body sculpting destroys fat cells.", "efficacy-as-fact", "unsubstantiated-evidence", 6,
     "sculpting destroys fat cells"),
    ("You'll have thicker hair by summer.", "guaranteed-results", "guaranteed-outcome", 1, "You'll have thicker hair"),
    ("The laser reaches the follicle without damaging the skin around it.", "no-side-effects", "absolute-safety",
     32, "without damaging the skin"),
    ("The filler immediately adds volume to the cheeks.", "guaranteed-results", "guaranteed-outcome", 12,
     "immediately adds"),
    ("It’s safe.", "completely-safe", "absolute-safety", 1, "It’s safe"),
    ("PRP helps with hair loss.", "efficacy-as-fact", "unsubstantiated-evidence", 1, "PRP helps with hair loss"),
    ("Improvement in joint mobility", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Improvement in joint mobility"),
    ("Helps with acne", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Helps with acne"),
    ("NAD+ helps you feel more energetic.", "efficacy-as-fact", "unsubstantiated-evidence", 6,
     "helps you feel more energetic"),
    ("Ideal for treating fine lines.", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Ideal for treating"),
    ("Hyperbaric oxygen therapy heals wounds faster.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Hyperbaric oxygen therapy heals wounds"),
    ("Acupuncture relieves migraines.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Acupuncture relieves migraines"),
    ("Vitamin B12 shots give you more energy.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Vitamin B12 shots give you more energy"),
    ("Dermaplaning leaves skin smoother.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Dermaplaning leaves skin smoother"),
    ("With Botox, wrinkles are smoothed away.", "efficacy-as-fact", "unsubstantiated-evidence", 6,
     "Botox, wrinkles are smoothed"),
    ("Everyone responds to this treatment.", "guaranteed-results", "guaranteed-outcome", 1, "Everyone responds"),
    ("Dead cells are lifted away, resulting in a smoother complexion.", "efficacy-as-fact",
     "unsubstantiated-evidence", 29, "resulting in a smoother"),
    ("It is a popular and effective way to whiten teeth.", "efficacy-as-fact", "unsubstantiated-evidence", 4,
     "is a popular and effective way to whiten teeth"),
    ("Filler is particularly effective in the cheeks.", "efficacy-as-fact", "unsubstantiated-evidence", 8,
     "is particularly effective"),
    ("Soften deep frown lines", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Soften deep frown lines"),
    ("Reduced risk of osteoporosis", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Reduced risk of osteoporosis"),
    ("Fillers take 30 minutes and don't require any downtime.", "non-invasive-conflict", "invasiveness", 31,
     "n't require any downtime"),
    ("Botox has been used for decades with no reports of serious side effects.", "no-side-effects",
     "absolute-safety", 38, "no reports of serious side effects"),
    ("The method is suitable for any adult.", "guaranteed-results", "guaranteed-outcome", 15, "suitable for any adult"),
    ("Your new hair will continue to grow for a lifetime.", "guaranteed-results", "guaranteed-outcome", 15,
     "will continue to grow for a lifetime"),
    ("BHRT is hailed as a better solution for hormone imbalance.", "superiority-claim", "comparative-superiority",
     19, "a better solution"),
    ("Dentures are an inferior choice.", "superiority-claim", "comparative-superiority", 17, "inferior choice"),
    ("IV drips eliminate the side effects of pills.", "no-side-effects", "absolute-safety", 10,
     "eliminate the side effects"),
    ("There is little risk of rejection with PRP, since it comes from your own blood.", "natural-means-safe",
     "natural-safety", 17, "risk of rejection with PRP, since it comes from your own blood"),
    ("This is truly a treatment for everyone.", "guaranteed-results", "guaranteed-outcome", 17,
     "treatment for everyone"),
    ("No More Ingrown Hairs", "guaranteed-results", "guaranteed-outcome", 1, "No More Ingrown"),
    ("The change happens in just one session.", "guaranteed-results", "guaranteed-outcome", 20,
     "in just one session"),
    ("It Works", "efficacy-as-fact", "unsubstantiated-evidence", 1, "It Works"),
    ("Virtually any adult is a good candidate.", "guaranteed-results", "guaranteed-outcome", 11,
     "any adult is a good candidate"),
    ("Implants entail fewer risks.", "superiority-claim", "comparative-superiority", 17, "fewer risks"),
    ("Results actually increase over time.", "guaranteed-results", "guaranteed-outcome", 1,
     "Results actually increase over time"),
    ("Exosome therapy is the future of regenerative medicine.", "miracle-language", "hype", 17,
     "is the future of regenerative medicine"),
    ("Our results speak for themselves.", "studies-show", "unsubstantiated-evidence", 5,
     "results speak for themselves"),
    ("Experience deeper, more restful sleep.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Experience deeper, more restful sleep"),
    ("Side effects are extremely rare.", "no-side-effects", "absolute-safety", 1, "Side effects are extremely rare"),
    ("The risk of infection is zero.", "no-side-effects", "absolute-safety", 5, "risk of infection is zero"),
    ("Complications are almost unheard of.", "no-side-effects", "absolute-safety", 19, "almost unheard of"),
    ("Your skin will glow for months.", "guaranteed-results", "guaranteed-outcome", 1, "Your skin will glow"),
    ("Results appear within 24 hours.", "guaranteed-results", "guaranteed-outcome", 1,
     "Results appear within 24 hours"),
    ("The fat is gone forever.", "guaranteed-results", "guaranteed-outcome", 12, "gone forever"),
    ("Hair loss stops immediately.", "guaranteed-results", "guaranteed-outcome", 1, "Hair loss stops immediately"),
    ("Award-winning injectors.", "superiority-claim", "comparative-superiority", 1, "Award-winning"),
    ("The ultimate anti-aging secret.", "miracle-language", "hype", 5, "ultimate anti-aging secret"),
    ("There is very little risk involved.", "no-side-effects", "absolute-safety", 10, "very little risk"),
    ("This is a very low-risk procedure.", "no-side-effects", "absolute-safety", 11, "very low-risk"),
    ("Our IV therapy has no negative side effects.", "no-side-effects", "absolute-safety", 20,
     "no negative side effects"),
    ("This treatment poses no health risks.", "no-side-effects", "absolute-safety", 22, "no health risks"),
    ("Safe enough for daily use.", "completely-safe", "absolute-safety", 1, "Safe enough for"),
    ("America's favorite weight loss program.", "superiority-claim", "comparative-superiority", 8,
     "'s favorite weight loss program"),
    ("Adults with acne can greatly benefit from a glycolic peel.", "efficacy-as-fact", "unsubstantiated-evidence",
     22, "greatly benefit from"),
    ("The tiny channels trigger the body to start making collagen.", "efficacy-as-fact", "unsubstantiated-evidence",
     19, "trigger the body to start making collagen"),
    ('Once the fat cells are gone, they cannot come back.', 'guaranteed-results', 'guaranteed-outcome', 35,
     'cannot come back'),
    ('Treated hairs will not grow back.', 'guaranteed-results', 'guaranteed-outcome', 15, 'will not grow back'),
    ('There is no known case of these cells causing tumors.', 'no-side-effects', 'absolute-safety', 10,
     'no known case of these cells causing tumors'),
    ('The laser reaches the follicle without causing damage to the surrounding skin.', 'no-side-effects',
     'absolute-safety', 32, 'without causing damage'),
    ('This route eliminates unpleasant digestive side effects.', 'no-side-effects', 'absolute-safety', 12,
     'eliminates unpleasant digestive side effects'),
    ('The energy safely heats the deeper layers of skin.', 'completely-safe', 'absolute-safety', 12, 'safely heats'),
    ('Shots are absorbed more efficiently by the body than tablets.', 'superiority-claim',
     'comparative-superiority', 20, 'more efficiently by the body than'),
    ('Sculptra lasts significantly longer than most fillers.', 'superiority-claim',
     'comparative-superiority', 10, 'lasts significantly longer than'),
    ('Semaglutide can cause significant weight loss.', 'efficacy-as-fact', 'unsubstantiated-evidence', 17,
     'cause significant weight loss'),
    ('Our drips restore what your body has lost.', 'efficacy-as-fact', 'unsubstantiated-evidence', 5,
     'drips restore what your body has lost'),
    ('Decompression relieves pressure on the spinal nerves.', 'efficacy-as-fact', 'unsubstantiated-evidence', 15,
     'relieves pressure on'),
    ('The peel unclogs pores and smooths texture.', 'efficacy-as-fact', 'unsubstantiated-evidence', 5,
     'peel unclogs pores and smooths texture'),
    ('The evidence for laser resurfacing is strong.', 'studies-show', 'unsubstantiated-evidence', 1,
     'The evidence for laser resurfacing is strong'),
    ('Implants help retain the jawbone.', 'efficacy-as-fact', 'unsubstantiated-evidence', 10,
     'help retain the jawbone'),
    ("Our implants have a success rate of 98%.", "results-without-typicality", "guaranteed-outcome", 21,
     "success rate of 98"),
    ("We have a very high success rate.", "results-without-typicality", "guaranteed-outcome", 16, "high success rate"),
    ('Results should be permanent because once the fat cells are gone, they do not come back.',
     'guaranteed-results', 'guaranteed-outcome', 71, 'do not come back'),
    ('Your new hair will stay for years.', 'guaranteed-results', 'guaranteed-outcome', 1, 'Your new hair will stay'),
    ("Yes, it's permanent.", 'guaranteed-results', 'guaranteed-outcome', 6, "it's permanent"),
    ('The body responds by building new collagen in the treated area.', 'efficacy-as-fact',
     'unsubstantiated-evidence', 5, 'body responds by building new collagen'),
    ('The treated areas stimulate the production of new collagen.', 'efficacy-as-fact',
     'unsubstantiated-evidence', 5, 'treated areas stimulate the production of new collagen'),
    ('Your joints can benefit from the release of these growth factors.', 'efficacy-as-fact',
     'unsubstantiated-evidence', 13, 'can benefit from'),
    ('Red light therapy uses low levels of red and infrared light to help your body heal.', 'efficacy-as-fact',
     'unsubstantiated-evidence', 19, 'uses low levels of red and infrared light to help your body heal'),
    ('Antiviral', 'efficacy-as-fact', 'unsubstantiated-evidence', 1, 'Antiviral'),
    ('Immune modulating', 'efficacy-as-fact', 'unsubstantiated-evidence', 1, 'Immune modulating'),
    ('The effects are long-lasting.', 'guaranteed-results', 'guaranteed-outcome', 5, 'effects are long-lasting'),
    ('There is no need for repeat treatments.', 'guaranteed-results', 'guaranteed-outcome', 10,
     'no need for repeat treatments'),
    ('Our vitamin drips keep you hydrated and energized all day.', 'efficacy-as-fact',
     'unsubstantiated-evidence', 5, 'vitamin drips keep you hydrated and energized'),
    ("PRP jump-starts your body's repair process.", 'efficacy-as-fact', 'unsubstantiated-evidence', 5,
     "jump-starts your body's repair"),
    ('Our providers have more experience than anyone in the region.', 'superiority-claim',
     'comparative-superiority', 36, 'than anyone'),
    ('Our exosomes are the purest on the market.', 'superiority-claim', 'comparative-superiority', 18,
     'the purest on the market'),
    ('Results that rival a surgical facelift.', 'superiority-claim', 'comparative-superiority', 14,
     'rival a surgical facelift'),
    ('Get surgical-level results without surgery.', 'superiority-claim', 'comparative-superiority', 5,
     'surgical-level results'),
    ('Compounded semaglutide works just as well as Ozempic.', 'superiority-claim', 'comparative-superiority', 24,
     'works just as well as'),
    ("It uses your body's innate ability to repair itself.", 'natural-means-safe', 'natural-safety', 14,
     "body's innate ability"),
    ("We are utilizing your body's fundamental repair mechanisms.", 'natural-means-safe', 'natural-safety', 23,
     "body's fundamental repair mechanisms"),
    ('This cutting-edge therapy is changing lives.', 'miracle-language', 'hype', 30, 'changing lives'),
    ('Turn back time with our facial.', 'miracle-language', 'hype', 1, 'Turn back time'),
    ('Rewind the clock on aging.', 'miracle-language', 'hype', 1, 'Rewind the clock'),
    ('Our treatment is nothing short of amazing.', 'miracle-language', 'hype', 18, 'nothing short of amazing'),
    ('Defy your age.', 'miracle-language', 'hype', 1, 'Defy your age'),
    ('Mild HBOT has no known safety risks.', 'no-side-effects', 'absolute-safety', 15, 'no known safety risks'),
    ('The light is not dangerous to your skin.', 'no-side-effects', 'absolute-safety', 11, 'is not dangerous'),
    ('Botox | Best Med Spa in Town', 'superiority-claim', 'comparative-superiority', 9, 'Best Med Spa in'),
    ('Top dentists in Austin', 'superiority-claim', 'comparative-superiority', 1, 'Top dentists in'),
    ('Safe & Effective', 'completely-safe', 'absolute-safety', 1, 'Safe & Effective'),
    ('Safe, fast and effective.', 'completely-safe', 'absolute-safety', 1, 'Safe, fast'),
    ('Safe & Natural', 'completely-safe', 'absolute-safety', 1, 'Safe & Natural'),
    ('Feel like yourself again after treatment.', 'guaranteed-results', 'guaranteed-outcome', 1, 'Feel like yourself'),
    ('No more counting calories.', 'guaranteed-results', 'guaranteed-outcome', 1, 'No more counting'),
    ('Ketamine works when other treatments have failed.', 'superiority-claim', 'comparative-superiority', 10,
     'works when other treatments have failed'),
    ('Reclaim your vitality with hormone optimization.', 'efficacy-as-fact', 'unsubstantiated-evidence', 1,
     'Reclaim your vitality with hormone'),
    ('There is no chance of scarring with this laser.', 'no-side-effects', 'absolute-safety', 10,
     'no chance of scarring'),
    ('You cannot overdose on these vitamins.', 'no-side-effects', 'absolute-safety', 5, 'cannot overdose'),
    ('It is impossible to overdose on B12.', 'no-side-effects', 'absolute-safety', 7, 'impossible to overdose'),
    ('It is impossible to harm your skin with this laser.', 'completely-safe', 'absolute-safety', 7,
     'impossible to harm'),
    ('Everyone is a good candidate for this laser.', 'guaranteed-results', 'guaranteed-outcome', 1,
     'Everyone is a good candidate'),
    ('Our patients always leave happy with their results.', 'guaranteed-results', 'guaranteed-outcome', 5,
     'patients always leave'),
    ('The benefits begin immediately.', 'guaranteed-results', 'guaranteed-outcome', 5, 'benefits begin immediately'),
    ('Relief is felt within 30 minutes of the drip.', 'guaranteed-results', 'guaranteed-outcome', 1,
     'Relief is felt within 30 minutes'),
    ('Once treated, the hair never returns.', 'guaranteed-results', 'guaranteed-outcome', 24, 'never returns'),
    ('The laser doubles collagen in the chin area.', 'efficacy-as-fact', 'unsubstantiated-evidence', 11,
     'doubles collagen'),
    ('The drip lowers inflammation.', 'efficacy-as-fact', 'unsubstantiated-evidence', 5, 'drip lowers inflammation'),
    ('Chiropractic adjustments relieve lower back pain.', 'efficacy-as-fact', 'unsubstantiated-evidence', 1,
     'Chiropractic adjustments relieve lower back pain'),
    ('Many cosmetic issues can be fixed with our fillers.', 'efficacy-as-fact', 'unsubstantiated-evidence', 15,
     'issues can be fixed with our fillers'),
    ('You will be fully recovered within two weeks.', 'guaranteed-results', 'guaranteed-outcome', 5,
     'will be fully recovered within two weeks'),
    ('Our whitening can brighten your smile in under an hour.', 'guaranteed-results', 'guaranteed-outcome', 5,
     'whitening can brighten your smile in under an hour'),
    ('Our process eliminates any risk of rejection.', 'no-side-effects', 'absolute-safety', 13, 'eliminates any risk'),
    ('Acupuncture helps migraines.', 'efficacy-as-fact', 'unsubstantiated-evidence', 1, 'Acupuncture helps migraines'),
    ('The results from our knee treatment are lasting.', 'guaranteed-results', 'guaranteed-outcome', 5,
     'results from our knee treatment are lasting'),
    ('Lower risk of infections', 'efficacy-as-fact', 'unsubstantiated-evidence', 1, 'Lower risk of infections'),
    ('The drip is extremely well tolerated.', 'no-side-effects', 'absolute-safety', 13, 'extremely well tolerated'),
    ('The gel does not damage enamel.', 'no-side-effects', 'absolute-safety', 9, 'does not damage'),
    ('There are no known contraindications.', 'no-side-effects', 'absolute-safety', 11, 'no known contraindications'),
    ('There is no need to worry about side effects.', 'no-side-effects', 'absolute-safety', 10, 'no need to worry'),
    ('Our facial is safe even during pregnancy.', 'no-side-effects', 'absolute-safety', 15, 'safe even during'),
    ("Cutting-edge technology you won't find anywhere else.", 'superiority-claim', 'comparative-superiority', 29,
     "won't find anywhere else"),
    ('Nowhere else in Ohio offers this laser.', 'superiority-claim', 'comparative-superiority', 1, 'Nowhere else'),
    ('Turn back the hands of time with our facial.', 'miracle-language', 'hype', 1, 'Turn back the hands of time'),
    ('Wake up looking like a new person.', 'guaranteed-results', 'guaranteed-outcome', 9, 'looking like a new person'),
    ('Pain can be reduced or eliminated entirely.', 'guaranteed-results', 'guaranteed-outcome', 1,
     'Pain can be reduced or eliminated entirely'),
    ('The results are beautiful.', 'guaranteed-results', 'guaranteed-outcome', 1, 'The results are beautiful'),
    ('Ozone therapy purifies the blood.', 'efficacy-as-fact', 'unsubstantiated-evidence', 15, 'purifies the blood'),
    ('Our drip improves blood flow to tired muscles.', 'efficacy-as-fact', 'unsubstantiated-evidence', 5,
     'drip improves blood flow to tired muscles'),
    ('There are no drawbacks to our laser facial.', 'no-side-effects', 'absolute-safety', 11, 'no drawbacks'),
    ('Side effects are non-existent with this peel.', 'no-side-effects', 'absolute-safety', 1,
     'Side effects are non-existent'),
    ('You have nothing to lose by booking a consultation for PRP.', 'no-side-effects', 'absolute-safety', 10,
     'nothing to lose by'),
    ('Our amniotic allografts are regulated under Section 361 of the PHS Act.', 'exempt-from-fda',
     'regulatory-status', 29, 'regulated under Section 361'),
    ('The umbilical cord tissue we use is a 361 HCT/P.', 'exempt-from-fda', 'regulatory-status', 39, '361 HCT'),
    ('The cells are minimally manipulated, so no FDA approval is needed.', 'exempt-from-fda', 'regulatory-status',
     15, 'minimally manipulated, so no FDA approval is needed'),
    ('Experience faster healing and better sleep with our peptide program.', 'efficacy-as-fact',
     'unsubstantiated-evidence', 1, 'Experience faster healing and better sleep'),
    ('Our NAD+ drip has a remarkable safety profile.', 'completely-safe', 'absolute-safety', 21,
     'remarkable safety profile'),
    ('Users report deeper sleep after the first week.', 'results-without-typicality', 'guaranteed-outcome', 1,
     'Users report deeper'),
    ('Patients choose us because of the superiority of our laser.', 'superiority-claim', 'comparative-superiority',
     35, 'superiority of'),
    ('Traditional pain pills fall short for chronic back pain.', 'superiority-claim', 'comparative-superiority', 1,
     'Traditional pain pills fall short'),
    ('Many joints respond better to PRP injections.', 'superiority-claim', 'comparative-superiority', 13,
     'respond better to PRP injections'),
    ('Implants should be your first choice for a missing tooth.', 'superiority-claim', 'comparative-superiority',
     20, 'your first choice'),
    ('Unlike more invasive lifts, our thread lift needs no general anesthesia.', 'superiority-claim',
     'comparative-superiority', 1, 'Unlike more invasive'),
    ('A clear improvement should be seen after three sessions.', 'guaranteed-results', 'guaranteed-outcome', 9,
     'improvement should be seen'),
    ('Microneedling can be done on almost anyone.', 'guaranteed-results', 'guaranteed-outcome', 22,
     'done on almost anyone'),
    ('Most migraines respond almost immediately to the drip.', 'guaranteed-results', 'guaranteed-outcome', 16,
     'respond almost immediately'),
    ('Our fillers deliver stunning results.', 'guaranteed-results', 'guaranteed-outcome', 13,
     'deliver stunning results'),
    # a record with no harm in it is a safety claim; "no denying" affirms what follows
    ('Not a single client has reported side effects.', 'no-side-effects', 'absolute-safety', 1,
     'Not a single client has reported side effects'),
    ('None of our patients has had a complication.', 'no-side-effects', 'absolute-safety', 1,
     'None of our patients has had a complication'),
    ('We have never had a patient experience a serious side effect.', 'no-side-effects', 'absolute-safety', 9,
     'never had a patient experience a serious side effect'),
    ('Never worry about thinning hair again.', 'guaranteed-results', 'guaranteed-outcome', 1,
     'Never worry about thinning hair again'),
    ('There is no denying that our peel clears acne.', 'efficacy-as-fact', 'unsubstantiated-evidence', 30,
     'peel clears acne'),
    # safety stated as settled
    ('Our peel is known to be safe.', 'completely-safe', 'absolute-safety', 13, 'known to be safe'),
    ('The safety of IV therapy is well established.', 'completely-safe', 'absolute-safety', 5,
     'safety of IV therapy is well established'),
    ('Safe for long-term use.', 'completely-safe', 'absolute-safety', 1, 'Safe for long-term use'),
    ('Our program helps patients lose weight and keep it off.', 'efficacy-as-fact', 'unsubstantiated-evidence', 13,
     'helps patients lose weight'),
    ('Our pellets are regulated by the FDA.', 'implied-fda-endorsement', 'regulatory-status', 17, 'regulated by the FDA'),
    ('Our IV drip lowers cholesterol and triglycerides.', 'efficacy-as-fact', 'unsubstantiated-evidence', 5,
     'IV drip lowers cholesterol and triglycerides'),
    ('Sermorelin improves body composition.', 'efficacy-as-fact', 'unsubstantiated-evidence', 1,
     'Sermorelin improves body composition'),
    # legality and FDA attention presented as approval
    ('BPC-157 is legal again after the FDA list change.', 'legal-is-not-approval', 'regulatory-status', 12,
     'legal again'),
    ('Our peptides are legally available through a compounding pharmacy.', 'legal-is-not-approval',
     'regulatory-status', 18, 'legally available'),
    ('The FDA considers BPC-157 safe.', 'implied-fda-endorsement', 'regulatory-status', 5, 'FDA considers BPC-157 safe'),
    ('Our peptide therapy is FDA-sanctioned.', 'implied-fda-endorsement', 'regulatory-status', 24, 'FDA-sanctioned'),
    ('BPC-157 has passed FDA safety trials.', 'implied-fda-endorsement', 'regulatory-status', 13,
     'passed FDA safety trials'),
    ('Compounded peptides are FDA-approved.', 'fda-approved-conflict', 'regulatory-status', 25, 'FDA-approved'),
    # evidence in every form
    ('Published medical literature confirms the safety of our PRP therapy.', 'studies-show',
     'unsubstantiated-evidence', 19, 'literature confirms'),
    ('Many clinical studies documenting the efficacy of our laser exist.', 'studies-show', 'unsubstantiated-evidence',
     15, 'studies documenting the efficacy'),
    ('Semaglutide has demonstrated the ability to produce lasting weight loss.', 'studies-show',
     'unsubstantiated-evidence', 13, 'has demonstrated the ability to'),
    ('Complications are uncommon with our laser.', 'no-side-effects', 'absolute-safety', 1, 'Complications are uncommon'),
    ('Our peel involves no harsh chemicals.', 'natural-means-safe', 'natural-safety', 19, 'no harsh chemicals'),
    ('The therapy is free from the side effects common with medications.', 'no-side-effects', 'absolute-safety', 16,
     'free from the side effects'),
    ('The procedure creates lifelong results.', 'guaranteed-results', 'guaranteed-outcome', 23, 'lifelong results'),
    ('Our veneers are a lifetime solution for chipped teeth.', 'guaranteed-results', 'guaranteed-outcome', 19,
     'lifetime solution'),
    ('Its safety and effectiveness have been demonstrated in many studies.', 'studies-show',
     'unsubstantiated-evidence', 5, 'safety and effectiveness have been demonstrated'),
    ('The benefits of PRP have been documented in studies.', 'studies-show', 'unsubstantiated-evidence', 5,
     'benefits of PRP have been documented'),
    ('Fortunately, there is a better answer.', 'superiority-claim', 'comparative-superiority', 23, 'a better answer'),
    ('Implants are the better choice.', 'superiority-claim', 'comparative-superiority', 14, 'the better choice'),
    ("You'll also reap the benefits of better sleep.", 'guaranteed-results', 'guaranteed-outcome', 1,
     "You'll also reap"),
    ('You will rely less on painkillers.', 'guaranteed-results', 'guaranteed-outcome', 1, 'You will rely less'),
    ('Bid farewell to back pain.', 'guaranteed-results', 'guaranteed-outcome', 1, 'Bid farewell to'),
    ('Kiss your double chin goodbye.', 'guaranteed-results', 'guaranteed-outcome', 1, 'Kiss your double chin goodbye'),
    ('Other clinics only treat symptoms.', 'superiority-claim', 'comparative-superiority', 7,
     'clinics only treat symptoms'),
    ('Drugs treat symptoms without addressing the root cause.', 'superiority-claim', 'comparative-superiority', 22,
     'without addressing the root cause'),
    ('Injections merely mask pain for a while.', 'superiority-claim', 'comparative-superiority', 12, 'merely mask'),
    ('Chelation is a natural treatment.', 'natural-means-safe', 'natural-safety', 16, 'natural treatment'),
    ('Our clinic offers a natural detox for the whole body.', 'natural-means-safe', 'natural-safety', 21,
     'natural detox'),
    ('Botox has been used safely for over 30 years.', 'completely-safe', 'absolute-safety', 16,
     'used safely for over 30 years'),
    ('It has been safely used by millions of patients.', 'completely-safe', 'absolute-safety', 13,
     'safely used by millions'),
    ('Our chiropractors can cure your headaches.', 'miracle-language', 'hype', 23, 'cure your headaches'),
    ('Chiropractic care helps children with ADHD.', 'efficacy-as-fact', 'unsubstantiated-evidence', 19,
     'helps children with ADHD'),
    ('Dental implants are the best tooth replacement option.', 'superiority-claim', 'comparative-superiority', 21,
     'the best tooth replacement option'),
    ('Ultherapy lifts and tightens without downtime.', 'efficacy-as-fact', 'unsubstantiated-evidence', 1,
     'Ultherapy lifts and tightens'),
    ('PDO threads give you an instant facelift.', 'guaranteed-results', 'guaranteed-outcome', 25, 'instant facelift'),
    ('PRP reactivates dormant follicles.', 'efficacy-as-fact', 'unsubstantiated-evidence', 1,
     'PRP reactivates dormant follicles'),
    ('Baldness is now a thing of the past.', 'guaranteed-results', 'guaranteed-outcome', 1,
     'Baldness is now a thing of the past'),
    ('Functional medicine gets to the root of your symptoms.', 'efficacy-as-fact', 'unsubstantiated-evidence', 21,
     'gets to the root of your symptoms'),
    # a result promised to every patient is universal, not a typical result
    ('Every patient sees results.', 'guaranteed-results', 'guaranteed-outcome', 1, 'Every patient sees'),
    # a definition is background, but a natural substance is still the natural-safety claim
    ('Hyaluronic acid is a natural substance your body already makes.', 'natural-means-safe', 'natural-safety', 20,
     'a natural substance your body'),
    ('You will drop a dress size in 30 days.', 'guaranteed-results', 'guaranteed-outcome', 10,
     'drop a dress size in 30 days'),
    ('This is hands down the best facial you will ever have.', 'superiority-claim', 'comparative-superiority', 20,
     'the best facial'),
    ("Your wrinkles will start to fade.", "guaranteed-results", "guaranteed-outcome", 6, "wrinkles will start to fade"),
    ("The lines will soften within days.", "guaranteed-results", "guaranteed-outcome", 5, "lines will soften"),
    ("Within weeks, your hair will be thicker.", "guaranteed-results", "guaranteed-outcome", 15, "your hair will be thicker"),
    ("PRP gave 90% relief compared to just 30% with cortisone.", "superiority-claim", "comparative-superiority", 21,
     "compared to just 30%"),
    ("Your provider will restore your youthful glow.", "guaranteed-results", "guaranteed-outcome", 15,
     "will restore your youthful glow"),
    ("Pellets do not increase cardiovascular risk.", "no-side-effects", "absolute-safety", 9,
     "do not increase cardiovascular risk"),
    ("Our pellets do not cause breast cancer.", "no-side-effects", "absolute-safety", 13, "do not cause breast cancer"),
    ("The look of wrinkles will be greatly reduced within a week.", "guaranteed-results", "guaranteed-outcome", 13,
     "wrinkles will be greatly reduced"),
    ("Our implants have the highest success rate.", "superiority-claim", "comparative-superiority", 23,
     "highest success rate"),
    ("The success rate of our decompression program ranges from 70% to 90%.", "results-without-typicality",
     "guaranteed-outcome", 5, "success rate of our decompression program ranges from 70"),
    ("Because it is your own blood, no foreign substance is introduced.", "natural-means-safe", "natural-safety", 31,
     "no foreign substance"),
    ("At these doses ketamine is not addictive.", "no-side-effects", "absolute-safety", 25, "is not addictive"),
    ("The toxin is not poisonous to you.", "no-side-effects", "absolute-safety", 11, "is not poisonous"),
    ("Our formula is not habit-forming.", "no-side-effects", "absolute-safety", 13, "is not habit-forming"),
    ("Our peptide protocols are unambiguously legal.", "legal-is-not-approval", "regulatory-status", 27,
     "unambiguously legal"),
    ("Our pellets are made in facilities under strict regulation by the FDA.", "implied-fda-endorsement",
     "regulatory-status", 36, "under strict regulation by the FDA"),
    ("Our exosomes come from a lab that works under the FDA regulations.", "implied-fda-endorsement",
     "regulatory-status", 41, "under the FDA regulations"),
    # "legal again" said as a change of status
    ("The FDA has lifted its restrictions on BPC-157.", "legal-is-not-approval", "regulatory-status", 13,
     "lifted its restrictions"),
    ("Compounding pharmacies are now permitted to make TB-500.", "legal-is-not-approval", "regulatory-status", 28,
     "now permitted to make"),
    # FDA oversight and metaphors presented as approval
    ("Our stem cells are FDA-regulated.", "implied-fda-endorsement", "regulatory-status", 16, "are FDA-regulated"),
    ("The FDA has given the green light to this therapy.", "implied-fda-endorsement", "regulatory-status", 5,
     "FDA has given the green light"),
    # a named revolution
    ("Welcome to the exosome revolution.", "miracle-language", "hype", 12, "the exosome revolution"),
    # proof named as a noun
    ("Our SkinPen sessions have a proven effectiveness.", "studies-show", "unsubstantiated-evidence", 29,
     "proven effectiveness"),
    # a condition as a label, and what acts on it as the body
    ("Fine lines: the tiny wounds stimulate collagen to plump the skin.", "efficacy-as-fact",
     "unsubstantiated-evidence", 1, "Fine lines: the tiny wounds stimulate collagen to plump the skin"),
    # a comparison whose rival goes without saying
    ("Faster results with our in-office whitening.", "superiority-claim", "comparative-superiority", 1,
     "Faster results"),
    # a restoration's name is quiet ("the permanent crown"); a promise of permanence is not
    ("Implants give you permanent teeth.", "guaranteed-results", "guaranteed-outcome", 19, "permanent teeth"),
    ("Relief in 80% of cases after one visit.", "results-without-typicality", "guaranteed-outcome", 1,
     "Relief in 80% of cases"),
    # "helps in" as "helps with", at a sentence's start or after a label
    ("Perk #3: Helps in fat loss", "efficacy-as-fact", "unsubstantiated-evidence", 8, ": Helps in fat loss"),
    ("Lipo shots help in fat loss.", "efficacy-as-fact", "unsubstantiated-evidence", 6, "shots help in fat loss"),
    # safety as a kind of method, and few side effects "reported"
    ("Cryotherapy is a safe approach to recovery.", "completely-safe", "absolute-safety", 16, "a safe approach"),
    ("There are very few known side effects of our drips.", "no-side-effects", "absolute-safety", 16,
     "few known side effects"),
    ("After the peel your skin will appear smoother.", "guaranteed-results", "guaranteed-outcome", 26,
     "will appear smoother"),
    # "relatively" qualifies the word after it, not the sentence
    ("Emsculpt is a relatively new device that builds muscle.", "efficacy-as-fact", "unsubstantiated-evidence", 30,
     "device that builds muscle"),
    # what the treatment lets the body do
    ("Deep cleaning removes tartar, allowing the gums to heal.", "efficacy-as-fact", "unsubstantiated-evidence", 31,
     "allowing the gums to heal"),
    ("The program allows you to lose weight.", "efficacy-as-fact", "unsubstantiated-evidence", 13,
     "allows you to lose weight"),
    # benefits named by example, and evidence with an adjective between
    ("Providing benefits such as improved sleep and reduced stress.", "efficacy-as-fact",
     "unsubstantiated-evidence", 11, "benefits such as improved sleep"),
    ("There is strong clinical evidence for cold laser in tendon pain.", "studies-show", "unsubstantiated-evidence",
     10, "strong clinical evidence"),
    ("Veneers are the most durable and natural-looking fix.", "superiority-claim", "comparative-superiority", 13,
     "the most durable"),
    # every side effect treatable, a threat denied, a "safe profile"
    ("Any side effects can be treated at home.", "completely-safe", "absolute-safety", 1,
     "Any side effects can be treated"),
    ("Our red light bed poses no threat to your skin.", "completely-safe", "absolute-safety", 19,
     "poses no threat"),
    ("Doctors choose it for its safe profile.", "completely-safe", "absolute-safety", 23, "its safe profile"),
    ("The laser builds strength over and above what exercise alone can do.", "superiority-claim",
     "comparative-superiority", 27, "over and above"),
    # outcomes of focus, stamina and continence
    ("Improved concentration", "efficacy-as-fact", "unsubstantiated-evidence", 1, "Improved concentration"),
    ("Reduces bladder leaks after childbirth.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "Reduces bladder"),
    ("The peel helps your skin renew itself.", "efficacy-as-fact", "unsubstantiated-evidence", 10,
     "helps your skin renew"),
    ("The sound waves signal your body to grow new vessels.", "efficacy-as-fact", "unsubstantiated-evidence", 17,
     "signal your body to grow"),
    ("Anyone who wants smoother skin is a great candidate.", "guaranteed-results", "guaranteed-outcome", 1,
     "Anyone who wants smoother skin is a great candidate"),
    # the clinic's own promise of a result
    ("We can lift your jowls in one visit.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "We can lift your jowls"),
    # what a shot helps the body do with fat and toxins
    ("Our shots help your body metabolize fat.", "efficacy-as-fact", "unsubstantiated-evidence", 11,
     "help your body metabolize"),
    # natural origin offered as a credential
    ("Our hormones are derived from natural sources such as yams.", "natural-means-safe", "natural-safety", 18,
     "derived from natural sources"),
    ("Our pellets contain a natural plant source of estrogen.", "natural-means-safe", "natural-safety", 23,
     "natural plant source"),
    # a side effect promised to pass for good
    ("Sensitivity may occur in some patients but will always dissipate.", "no-side-effects", "absolute-safety", 44,
     "will always dissipate"),
    # ... even next to the side effect, which the disclosure exempt ("redness will fade") must leave alone
    ("Any swelling will completely resolve.", "no-side-effects", "absolute-safety", 14, "will completely resolve"),
    # a ranking said another way
    ("Nothing whitens as beautifully as our laser.", "superiority-claim", "comparative-superiority", 1,
     "Nothing whitens as beautifully"),
    ("PRP is the treatment of choice for tennis elbow.", "superiority-claim", "comparative-superiority", 8,
     "the treatment of choice"),
    # "helps transform / drive" still promise, though "transform" and "drive" alone are not verbs of benefit
    ("It helps transform the look of your skin.", "efficacy-as-fact", "unsubstantiated-evidence", 4,
     "helps transform the look of your skin"),
    ("NAD+ helps drive energy production in the cells.", "efficacy-as-fact", "unsubstantiated-evidence", 6,
     "helps drive energy production in the cells"),
    # scare quotes sit inside the claim, and a gap passes them
    ("Our laser \u201ctightens\u201d loose skin.", "efficacy-as-fact", "unsubstantiated-evidence", 5,
     "laser \u201ctightens\u201d loose skin"),
    ('PRP can "wake up" sleeping hair follicles.', "efficacy-as-fact", "unsubstantiated-evidence", 1,
     'PRP can "wake up" sleeping hair follicles'),
    # the promised result, only begun, and the result handed over
    ("You will start noticing a difference within days.", "guaranteed-results", "guaranteed-outcome", 1,
     "You will start noticing"),
    ("You will begin to feel the change after a few sessions.", "guaranteed-results", "guaranteed-outcome", 1,
     "You will begin to feel"),
    ("A whiter smile can be yours.", "guaranteed-results", "guaranteed-outcome", 16, "can be yours"),
    # "may" of permission: the pharmacy is allowed to, not possibly able to
    ("Licensed pharmacies may legally compound BPC-157.", "legal-is-not-approval", "regulatory-status", 25,
     "legally compound"),
    # evidence that "finds" as well as shows
    ("Studies find ozone saunas helpful for many complaints.", "studies-show", "unsubstantiated-evidence", 1,
     "Studies find"),
    # a result the treatment "will make" or "will result in"
    ("The whitening gel will make your teeth visibly whiter.", "guaranteed-results", "guaranteed-outcome", 19,
     "will make your teeth visibly whiter"),
    ("A full series will result in a more youthful look.", "guaranteed-results", "guaranteed-outcome", 15,
     "will result in a more youthful"),
    # removal promised, whatever it removes
    ('It can eliminate these problems in one visit.', 'efficacy-as-fact', 'unsubstantiated-evidence', 4,
     'can eliminate'),
    # a concession is not a condition
    ('Improved insulin sensitivity: better blood sugar control, even if you are not diabetic.', 'efficacy-as-fact',
     'unsubstantiated-evidence', 1, 'Improved insulin sensitivity'),
])
def test_word_classes_cover_each_family(text: str, rule: str, category: str, column: int, claim: str,
                                        empty_config: str) -> None:
    assert (rule, category, 1, column, claim) in found(text, empty_config)


@pytest.mark.parametrize("text", [
    "You can safely repeat the peel every month if your provider agrees.",
    "Smoking causes damage to the skin.",
    "We will address your specific concerns at the consultation.",
    "The cells can be cryo-preserved for years.",
    "The air pressure is raised to twice the normal level.",
    "Most people benefit from a series of four sessions.",
    "Many patients experience mild discomfort during the first week.",
    "About 30% of men got low testosterone after 40.",
    "The success rate depends on the skill of the surgeon.",
    "The device uses a cooling spray to protect the skin.",
    "Our technician uses a centrifuge to separate the platelets.",
    "A HydraFacial uses a patented device to cleanse, exfoliate and hydrate the skin.",
    "Anti-inflammatory medication should be avoided for a week.",
    "Keep your skin hydrated after the peel.",
    "How to find a good dentist near you.",
    "If other treatments have failed, talk to us about your options.",
    "The cost of a laser course is less than a surgical facelift.",
    "Veneers are more expensive than bonding, and cheaper than crowns.",
    "Your blood is drawn and spun, and the plasma is separated and removed from the rest of the blood.",
    "Our treatment of a double chin takes twenty minutes.",
    "Our chiropractic care is for patients with lower back pain.",
    "After an FUE hair transplant there are no stitches to remove.",
    "The whitening appointment takes less than an hour.",
    "We take steps to minimize the risk of infection.",
    "To achieve lasting results, a series of four sessions is needed.",
    "Researchers are looking at the use of ozone for many conditions.",
    "Many LED masks are marketed to erase wrinkles overnight.",
    "Untreated, a torn ligament can lead to permanent joint damage.",
    "Studies find estrogen levels drop with age.",
    "Its ring structure allows it to function as an electron carrier.",
    "Side effects can occur, such as redness for a day.",
    "Side effects can be mild, such as redness for a day.",
    "The only part that may sting is the numbing shot.",
    "When to Expect Visible Results From Microneedling",
    "Many women experience symptoms years before menopause.",
    "Tirzepatide is most effective when combined with a healthy diet.",
    "Trials consistently report a success rate of 90% at five years.",
    "The only reliable way of measuring your hormones is a blood test.",
    "Two peptides have been studied as a way to boost collagen.",
    "Peels vary: some are gentler and more effective than others.",
    "Our treatments range from non-invasive to minimally invasive, and each injection takes minutes.",
    "NAD+ drips are a potential avenue for those looking to boost NAD+ levels and support their health.",
    "Originally approved by the FDA for short stature, sermorelin now draws interest for aging.",
    "Studies show that testosterone levels decline with age.",
    "Hormone Pellets: An Evidence-Based Guide",
    "We explain the benefits of an early visit below. Call us today.\n\n- Back pain\n",
    "Most patients find the drip well tolerated; some feel a cool sensation in the arm.",
    "The main drawbacks of a chemical peel are redness and peeling for a few days.",
    "There is nothing to lose but the weight.",
    "Our cells are minimally manipulated in a closed system.",
    "Patients report mild soreness for a day.",
    "Different skin types respond better to different peels.",
    "The first option is a consultation with our nurse.",
    "Unlike more recent studies, this one looked at men only.",
    "Almost everyone experiences some redness after the peel.",
    "Not all patients have side effects, but most have some redness.",
    "Patients with no history of reactions have reported side effects.",
    "No patient should ignore side effects.",
    "The long-term safety of exosomes has not been established.",
    "Its safety is not well documented.",
    "Botox is legal in the United States.",
    "No studies documenting the efficacy of exosomes exist.",
    "Research has not shown the ability to regrow hair.",
    "Side effects are not uncommon.",
    "No treatment is free from the risk of bruising.",
    "Its long-term safety has not been established.",
    "Our implants come with a lifetime warranty.",
    "No peel can eliminate every scar.",
    "We will help you decide which is the better option for you.",
    "You will notice some redness for a day.",
    "We said goodbye to our old office in May.",
    "We only treat symptoms after a full exam.",
    "There is no cure for your headaches.",
    "We will find the best treatment option for you.",
    "We take a detailed history to get to the root of your concerns.",
    "Rotary phones are a thing of the past.",
    "Not every patient sees the same results.",
    "NAD+ is an essential coenzyme that promotes cellular repair.",
    "Botox is a protein that relaxes the muscles.",
    "Cheap pillows lose their shape within 30 minutes.",
    "Which facial is best for acne-prone skin?",
    "A layer rich in growth factors is removed and injected back into the scalp.",
    "Your provider will explain the risks before treatment and should provide clear instructions on what "
    "symptoms need a call.",
    "Fillers give a natural-looking treatment result.",
    "The device must be used safely in a clinic by trained staff.",
    "You will also notice some peeling.",
    "You'll soon see some swelling.",
    "To eliminate the chance of infection, we use sterile needles.",
    "Our goal is to help you feel your best.",
    "We strive to restore your confidence.",
    "The results last about three months, then a touch-up is needed.",
    "Results last approximately 4 months.",
    "The swelling will begin to go down after a day.",
    "In the 68-week trial, the drug group lost an average of 15% of body weight, compared to 2.4% for those on placebo.",
    "On arrival your esthetician will cleanse your face before applying numbing cream.",
    "Your chiropractor will determine the number of sessions needed for an effective treatment of your sciatica.",
    "The swelling will be reduced with ice.",
    "For two weeks before treatment it is best not to take aspirin.",
    "The best treatment strategy depends on the nature of the problem.",
    "A thorough consultation is essential to ensure that tirzepatide is safe and right for every patient.",
    "Bleeding gums: when plaque and tartar build up on the teeth, the gums get swollen.",
    "Elastin helps maintain skin shape.",
    "Compounded drugs are not FDA-regulated.",
    "At the next visit we take off the temporary crown and cement the permanent crown.",
    "The most common side effect, seen in 30% of cases, is brief tooth sensitivity.",
])
def test_words_the_families_share_with_care_and_harm_stay_quiet(text: str, empty_config: str) -> None:
    assert found(text, empty_config) == []


@pytest.mark.parametrize("text", [
    "Botox works by blocking the nerve signals that make muscles contract.",
    "Finasteride blocks the enzyme that turns testosterone into DHT.",
    "Dental implants replace the whole tooth, root included.",
])
def test_what_a_drug_or_implant_does_by_definition_is_no_benefit(text: str, empty_config: str) -> None:
    """Blocking a signal and replacing a tooth say how the thing works, not what the patient gains;
    the benefit words beside them still flag ("relaxes the muscles that cause frown lines")."""
    assert found(text, empty_config) == []


@pytest.mark.parametrize("text", [
    "Botox has been popular for decades, and for good reason.",
    "With each pulse you will experience a quick, warm heating sensation.",
    "Protect the treated skin from the sun for two weeks.",
    "Your body recognizes that the frozen fat cells are damaged.",
    "People believe that one treatment will erase wrinkles forever.",
    "Despite new lasers, the old idea that tattoos are permanent lingers.",
])
def test_reasons_sensations_aftercare_and_beliefs_promise_nothing(text: str, empty_config: str) -> None:
    """"for good reason" is no duration, a sensation is a step of the procedure, sun protection is
    aftercare, and a belief the copy reports ("people believe that ...") is not the clinic's claim."""
    assert found(text, empty_config) == []


def test_a_belief_reported_leaves_the_clinics_own_claim_flagged(empty_config: str) -> None:
    assert found("People believe that lasers hurt, but our results are permanent.", empty_config) == [
        ("guaranteed-results", "guaranteed-outcome", 1, 42, "results are permanent")]


def test_what_a_clearance_by_the_fda_covers_is_its_use_not_a_promise(empty_config: str) -> None:
    """"cleared by the FDA for toning" reports the clearance, as "FDA-cleared for" does; the
    regulatory rules still judge the status it states."""
    assert found("truSculpt flex is cleared by the FDA for the strengthening and toning of abdominal muscles.",
                 empty_config) == []
    assert found("Exosomes are approved by the FDA for hair loss.", empty_config) == [
        ("fda-approved-conflict", "regulatory-status", 1, 14, "approved by the FDA")]


def test_the_consequent_of_a_condition_is_the_promise(empty_config: str) -> None:
    """"If you follow the plan, you will see changes": the condition is the reader's, the result is
    promised. The if-clause itself stays hypothetical."""
    assert found("If you follow the plan every day, you will see changes in your skin.", empty_config) == [
        ("guaranteed-results", "guaranteed-outcome", 1, 35, "you will see")]
    assert found("If Botox erased wrinkles forever, we would all use it.", empty_config) == []


def test_many_patients_is_a_share_not_the_typical_result(empty_config: str) -> None:
    """"Most patients notice" states the typical result; "many patients notice" is the hedged wording
    the rules' own suggestions offer, as "some patients" is."""
    assert found("Many patients notice less sweating after treatment.", empty_config) == []
    assert found("Most patients notice less sweating after treatment.", empty_config) == [
        ("results-without-typicality", "guaranteed-outcome", 1, 1, "Most patients notice less sweating")]


def test_approval_without_the_letters_fda(empty_config: str) -> None:
    assert found("Our stem cell procedure has been approved for many conditions.", empty_config) == [
        ("fda-approved-conflict", "regulatory-status", 1, 25, "has been approved for many")]


def test_a_body_area_off_the_label_is_a_use(empty_config: str) -> None:
    """Sculptra is approved for the face; "for a non-surgical butt lift" names an off-label use."""
    assert found("Sculptra is FDA-approved for a non-surgical butt lift.", empty_config) == [
        ("fda-approved-conflict", "regulatory-status", 1, 13, "FDA-approved")]
    assert found("Sculptra is FDA-approved for facial wrinkles.", empty_config) == []


def test_whitening_trays_are_teeth_whitening(empty_config: str) -> None:
    assert found("Our custom whitening trays are FDA-approved.", empty_config) == [
        ("fda-approved-conflict", "regulatory-status", 1, 32, "FDA-approved")]


def test_a_use_nothing_covers_is_not_called_a_clearance(empty_config: str) -> None:
    """"Only cleared" needs a clearance on file for the use named; none for knees means no approval either."""
    assert found("Stem cell therapy is now FDA approved for knee arthritis.", empty_config) == [
        ("fda-approved-conflict", "regulatory-status", 1, 26, "FDA approved")]
    assert found("The laser cap is FDA-approved for hair growth.", empty_config) == [
        ("approved-device-only-cleared", "regulatory-status", 1, 18, "FDA-approved")]


def test_an_approval_is_judged_for_the_use_its_own_clause_names(empty_config: str) -> None:
    """ "FDA-approved as an anesthetic, while its use for depression is off-label" is true of ketamine."""
    assert found("Ketamine is FDA-approved as an anesthetic, while its use for depression is off-label.",
                 empty_config) == []
    assert found("Ketamine is FDA-approved for depression.", empty_config) == [
        ("fda-approved-conflict", "regulatory-status", 1, 13, "FDA-approved")]


def test_device_clearances_are_judged_per_use(empty_config: str) -> None:
    """TMS, body-contouring and ultrasound devices are cleared or granted for named uses, never approved."""
    assert found("TMS was approved for adults with depression.", empty_config) == [
        ("approved-device-only-cleared", "regulatory-status", 1, 5, "was approved for")]
    assert found("Deep TMS is FDA-cleared for OCD.", empty_config) == []
    assert found("Ultherapy is FDA-cleared to lift the brow.", empty_config) == []
    assert found("Emsculpt is FDA-cleared for weight loss.", empty_config) == [
        ("fda-cleared-conflict", "regulatory-status", 1, 13, "FDA-cleared")]
    assert found("Thermage is FDA-approved for tightening skin.", empty_config) == [
        ("approved-device-only-cleared", "regulatory-status", 1, 13, "FDA-approved")]
    assert found("Thermage is FDA-cleared to treat facial wrinkles.", empty_config) == []
    assert found("Thermage is a non-invasive treatment.", empty_config) == []


def test_a_passive_benefit_names_its_treatment_after_the_verb(empty_config: str) -> None:
    assert found("Fine lines and sagging skin can all be treated with a thread lift.", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 6, "lines and sagging skin can all be treated with a thread lift")]


def test_degree_words_make_efficacy_absolute(empty_config: str) -> None:
    assert found("Our exosome serum is highly effective.", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 19, "is highly effective")]



@pytest.mark.parametrize(("text", "column", "claim"), [
    ("We offer effective treatments for migraines.", 10, "effective treatments"),
    ("Our ozone sauna is relaxing, effective and affordable.", 17, "is relaxing, effective"),
])
def test_effective_in_every_position(text: str, column: int, claim: str, empty_config: str) -> None:
    assert found(text, empty_config) == [("efficacy-as-fact", "unsubstantiated-evidence", 1, column, claim)]


def test_safely_and_effectively_claims_both(empty_config: str) -> None:
    assert found("Our team treats back pain safely and effectively.", empty_config) == [
        ("completely-safe", "absolute-safety", 1, 27, "safely and effectively"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 27, "safely and effectively")]


def test_safe_at_the_end_of_a_coordinated_predicate(empty_config: str) -> None:
    assert found("Our ozone sauna is quick, relaxing and safe.", empty_config) == [
        ("completely-safe", "absolute-safety", 1, 5, "ozone sauna is quick, relaxing and safe")]


def test_an_faq_heading_without_a_question_mark_is_a_question(empty_config: str) -> None:
    assert found("## Does IV therapy really boost energy\n\nAsk us.\n", empty_config) == []
    assert found("## Can NAD+ reverse aging\n\nAsk us.\n", empty_config) == []
    assert found("# IV therapy\n\n- Can boost energy\n", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 3, 3, "Can boost energy")]


def test_a_list_of_side_effects_names_harm(empty_config: str) -> None:
    page = "The most common side effects of the shots are:\n\n- Nausea\n- Reduced appetite\n"
    assert found(page, empty_config) == []


def test_a_modal_that_opens_a_bullet_hedges_it(empty_config: str) -> None:
    page = "Benefits of our cold laser:\n\n- Less swelling\n- May speed healing of sprains\n"
    assert found(page, empty_config) == [("efficacy-as-fact", "unsubstantiated-evidence", 3, 3, "Less swelling")]


def test_a_question_word_and_an_auxiliary_ask_even_before_a_colon(empty_config: str) -> None:
    """ "how does it tighten skin:" asks; "How PRP heals tendons:" announces an answer."""
    assert found("What is Thermage, and how does it tighten skin:\n\nAsk us.\n", empty_config) == []
    assert found("How PRP heals tendons:\n\nAsk us.\n", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 5, "PRP heals tendons")]


def test_the_consequent_of_a_condition_is_hypothetical(empty_config: str) -> None:
    assert found("If you use the cap daily, you'll get thicker hair.", empty_config) == []
    assert found("You'll get thicker hair.", empty_config) == [
        ("guaranteed-results", "guaranteed-outcome", 1, 1, "You'll get thicker hair")]


def test_a_condition_on_what_the_reader_wants_is_a_sales_opener(empty_config: str) -> None:
    """'If you're looking for X, look no further' asserts X; 'if you are pregnant' still conditions."""
    text = "If you're looking for a safe and effective way to ease back pain, look no further than our clinic."
    assert found(text, empty_config) == [
        ("completely-safe", "absolute-safety", 1, 23, "a safe and effective way"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 25, "safe and effective way to ease back pain"),
        ("superiority-claim", "comparative-superiority", 1, 67, "look no further")]
    assert found("If you are pregnant, IV therapy is not safe.", empty_config) == []


def test_considered_safe_is_still_a_safety_claim(empty_config: str) -> None:
    """'Is considered safe' reports no one's opinion in particular: readers take it as the clinic's."""
    assert found("This peel is considered safe for every skin type.", empty_config) == [
        ("completely-safe", "absolute-safety", 1, 14, "considered safe for every skin")]


def advice(text: str, config: str) -> list[tuple[str, str, int, int, str]]:
    return [(f.rule, f.assertion, f.line, f.column, f.text) for f in lint_text(text, path="page.md", config=config)
            if f.severity == "info"]


@pytest.mark.parametrize(("text", "column", "claim"), [
    ("Our ozone sauna is designed to reduce inflammation.", 5, "ozone sauna is designed to reduce inflammation"),
    ("Kybella is an injectable used to treat fullness under the chin.", 15,
     "injectable used to treat fullness under the chin"),
    ("Whitening is a cosmetic procedure intended to lighten the color of teeth.", 25,
     "procedure intended to lighten the color of teeth"),
    ("The use of red light and peptides to fight thinning hair", 16, "light and peptides to fight thinning hair"),
    ("The injection is meant to support weight loss alongside diet.", 5, "injection is meant to support weight loss"),
])
def test_a_stated_purpose_is_advice_not_a_result(text: str, column: int, claim: str, empty_config: str) -> None:
    """What a treatment is designed or used for is its purpose, like "aims to"; the FTC still
    wants the effect substantiated, so it is reported as advice."""
    assert found(text, empty_config) == []
    assert advice(text, empty_config) == [("efficacy-as-fact", "hedged", 1, column, claim)]


def test_potential_benefits_are_hedged(empty_config: str) -> None:
    """"Its potential benefits, including ..." offers possibilities, as "may" does: advice, not an error."""
    text = "NAD+ is popular for its potential health benefits, including boosting energy and improving focus."
    assert found(text, empty_config) == []
    assert advice(text, empty_config) == [("efficacy-as-fact", "hedged", 1, 62, "boosting energy and improving focus")]


def test_what_a_treatment_was_first_made_for_is_its_history(empty_config: str) -> None:
    """"Originally developed to treat menopause" tells where a product came from, with or without "was"."""
    for text in ("Hormone pellets, originally developed to treat menopause symptoms, are used by our clinic.",
                 "Hormone pellets were originally developed to treat menopause symptoms."):
        assert lint_text(text, path="page.md", config=empty_config) == []
    assert found("Hormone pellets treat menopause symptoms.", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 9, "pellets treat menopause symptoms")]


def test_a_possible_improvement_is_hedged(empty_config: str) -> None:
    """"Potential" and "possible" before the benefit noun hedge it, as "potentially" does."""
    text = "The peel offers a possible improvement in skin tone."
    assert found(text, empty_config) == []
    assert advice(text, empty_config) == [("efficacy-as-fact", "hedged", 1, 5, "peel offers a possible improvement")]
    assert found("The peel offers a dramatic improvement in skin tone.", empty_config) != []


def test_a_property_whose_effect_the_next_clause_hedges_is_hedged(empty_config: str) -> None:
    """"Properties that may help" defines the property by a hedged effect; a clause after a comma
    ("which may") or about something else ("conditions that may affect") hedges nothing before it."""
    text = "Peptides have healing properties that may help calm the joints."
    assert found(text, empty_config) == []
    assert ("efficacy-as-fact", "hedged", 1, 1, "Peptides have healing properties") in advice(text, empty_config)
    assert found("PRP stimulates collagen, which may also help with scarring.", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 1, "PRP stimulates collagen")]
    assert found("Acupuncture is very effective for treating conditions that may affect fertility.", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 1, "Acupuncture is very effective for treating conditions")]


@pytest.mark.parametrize(("text", "rule", "category", "column", "claim"), [
    ("PRP is used to successfully treat knee pain.", "efficacy-as-fact", "unsubstantiated-evidence", 1,
     "PRP is used to successfully treat knee pain"),
    ("These injections can be used to treat thinning hair.", "efficacy-as-fact", "unsubstantiated-evidence", 7,
     "injections can be used to treat thinning hair"),
    ("Fillers can also be used to achieve a stunning jawline.", "guaranteed-results", "guaranteed-outcome", 29,
     "achieve a stunning jawline"),
    ("Our peel is designed to clear sun spots faster than other peels.", "superiority-claim",
     "comparative-superiority", 41, "faster than"),
])
def test_a_purpose_with_a_degree_or_a_later_claim_still_claims(text: str, rule: str, category: str, column: int,
                                                                claim: str, empty_config: str) -> None:
    assert found(text, empty_config) == [(rule, category, 1, column, claim)]


def test_an_efficacy_claim_needs_evidence_whatever_the_status(empty_config: str) -> None:
    """Clearance is substantial equivalence and approval covers a labelled use: neither substantiates ad copy."""
    assert found("Spinal decompression relieves sciatica pain.", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 1, "Spinal decompression relieves sciatica pain")]
    assert found("Kybella melts stubborn chin fat.", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 1, "Kybella melts stubborn chin fat")]


def test_what_a_clearance_covers_is_not_an_efficacy_claim(empty_config: str) -> None:
    assert found("The Lumina 800 diode laser is FDA-cleared for permanent hair reduction.", empty_config) == []


def test_powers_and_properties_are_efficacy(empty_config: str) -> None:
    assert found("Ozone has remarkable healing properties.", empty_config) == [
        ("miracle-language", "hype", 1, 11, "remarkable healing"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 22, "healing properties")]


@pytest.mark.parametrize(("text", "column", "claim"), [
    ("Vitamin C supports immune function and collagen production.", 1,
     "Vitamin C supports immune function and collagen production"),
    ("B12 boosts energy and metabolism.", 1, "B12 boosts energy and metabolism"),
    ("Our Myers' Cocktail is perfect for chronic fatigue and migraines.", 24,
     "perfect for chronic fatigue and migraines"),
])
def test_an_ingredient_speaks_for_its_drip(text: str, column: int, claim: str, empty_config: str) -> None:
    assert ("efficacy-as-fact", "unsubstantiated-evidence", 1, column, claim) in found(text, empty_config)

# 3. Implied subjects ------------------------------------------------------------------

def test_benefit_bullets_are_claims_about_the_section_treatment(empty_config: str) -> None:
    page = "# Benefits of exosome therapy\n\n- Stimulates collagen\n- Reduces fine lines\n"
    assert found(page, empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 3, 3, "Stimulates collagen"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 4, 3, "Reduces fine lines"),
    ]


def test_items_complete_the_claim_their_lead_in_states(empty_config: str) -> None:
    """ "Our light facial improves the look of:" then bare items: each item is what it is said to improve."""
    text = ("# Light facials\n\nOur light facial improves the look of:\n\n- Sun spots\n- Redness and flushing\n"
            "- Broken capillaries\n\n## Aftercare\n\nWear sunscreen for a week.\n")
    assert found(text, empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 5, 3, "Sun spots"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 6, 3, "Redness and flushing"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 7, 3, "Broken capillaries")]


def test_a_hedged_lead_in_leaves_its_items_hedged(empty_config: str) -> None:
    text = "Our light facial may improve the look of:\n\n- Sun spots\n- Redness\n"
    assert found(text, empty_config) == []


@pytest.mark.parametrize(("text", "items"), [
    # A question the list answers.
    ("## Who benefits from ketamine infusions?\n\n- Treatment-resistant depression\n- Chronic pain\n",
     ["Treatment-resistant depression", "Chronic pain"]),
    # "can help with:" whatever the product, named or not.
    ("Our new laser can help with:\n\n- Sun damage\n- Enlarged pores\n", ["Sun damage", "Enlarged pores"]),
    # A list of benefits.
    ("Vitamin shot benefits include:\n\n- A stronger immune system\n- Sharper focus\n",
     ["A stronger immune system", "Sharper focus"]),
    # The concerns a treatment targets, up to the first item that names none.
    ("Concerns our peels target:\n\n- Acne scars\n- Uneven tone\n- Gift cards\n", ["Acne scars", "Uneven tone"]),
    ("What can IV therapy help with?\n\n- Hangovers\n- Migraines\n", ["Hangovers", "Migraines"]),
    # The symptoms a treatment relieves, named by the words a symptom list uses.
    ("Hormone pellets can ease these symptoms:\n\n- Hot flashes\n- Irritability\n- Moodiness\n- Leg cramps\n",
     ["Hot flashes", "Irritability", "Moodiness", "Leg cramps"]),
    # A heading that names the benefits, with no colon.
    ("## Benefits of spinal care\n\n- Back pain\n- Headaches\n", ["Back pain", "Headaches"]),
    # An item may run to two lines without ending the list.
    ("Our shockwave sessions can help with:\n\n- A steadier walking pattern over the weeks after each visit, as the "
     "tendons, ligaments and small muscles around the ankle slowly rebuild and take up the load again\n"
     "- Heel pain\n",
     ["A steadier walking pattern over the weeks after each visit, as the tendons, ligaments and small muscles "
      "around the ankle slowly rebuild and take up the load again", "Heel pain"]),
])
def test_a_lead_in_makes_its_items_claims(text: str, items: list[str], empty_config: str) -> None:
    expected = [("efficacy-as-fact", "unsubstantiated-evidence", 3 + i, 3, item) for i, item in enumerate(items)]
    assert [f for f in found(text, empty_config) if f[2] > 1] == expected


def test_an_instruction_list_is_not_a_claim(empty_config: str) -> None:
    """The lead-in must say what the treatment does: "stop taking:" before a visit names no treatment."""
    assert found("Before your visit, stop taking:\n\n- Blood thinners\n- Fish oil\n", empty_config) == []


def test_aftercare_items_are_instructions(empty_config: str) -> None:
    """What the patient is told to do after a drip is not what the drip does."""
    page = "# IV therapy\n\nAftercare usually includes:\n\n- maintain oral hydration\n- rest and reduce strain\n"
    assert found(page, empty_config) == []


def test_a_label_bullet_is_a_claim(empty_config: str) -> None:
    page = "# Exosome therapy\n\n- Long-Lasting: results last two years\n- Faster recovery\n"
    assert found(page, empty_config) == [
        ("guaranteed-results", "guaranteed-outcome", 3, 17, "results last two years"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 4, 3, "Faster recovery"),
    ]


@pytest.mark.parametrize(("line", "column", "claim"), [
    ("Mood: Lifts low mood and eases anxiety.", 5, ": Lifts low mood and eases anxiety"),
    ("Mood – Lifts low mood and eases anxiety.", 1, "Mood – Lifts low mood and eases anxiety"),
    ("Joint health - Eases stiff knees.", 1, "Joint health - Eases stiff knees"),
])
def test_the_body_of_a_label_bullet_is_a_benefit(line: str, column: int, claim: str, empty_config: str) -> None:
    """"Label – Verb ..." says what the section's treatment does, whatever mark ends the label."""
    assert found(f"Whole-body cryotherapy benefits.\n\n{line}\n", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 3, column, claim)]


def test_a_hyphenated_word_is_not_a_label(empty_config: str) -> None:
    """A dash inside a word ("self-correcting") is not the end of a label."""
    assert found("The class covers self-correcting habits of healing.\n", empty_config) == []


def test_a_list_marker_left_in_the_text_starts_a_benefit(empty_config: str) -> None:
    assert found("<p>- Promotes new collagen.</p>", empty_config, "page.html") == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 4, "- Promotes new collagen")]


def test_a_label_bullet_is_hedged_by_its_body(empty_config: str) -> None:
    page = ("# Ozone therapy\n\n- Better circulation: ozone may widen blood vessels.\n"
            "- Less inflammation: reduces swelling rather than masking it.\n")
    assert found(page, empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 4, 3, "Less inflammation")]


def test_a_claim_that_is_its_sentences_subject_takes_its_verbs_hedge(empty_config: str) -> None:
    assert found("# PRP for hair\n\nImproved hair density may last two years.\n", empty_config) == []
    assert found("# PRP for hair\n\nImproved hair density lasts two years.\n", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 3, 1, "Improved hair density")]


def test_a_list_of_symptoms_describes_the_condition(empty_config: str) -> None:
    page = ("# Testosterone therapy\n\nLow testosterone can cause the following symptoms:\n\n"
            "- Decreased energy\n- Reduced muscle mass\n\nOur therapy:\n\n- Restores energy\n")
    assert found(page, empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 10, 3, "Restores energy")]


def test_symptoms_a_treatment_relieves_are_its_claims(empty_config: str) -> None:
    """"the following symptoms" describes a condition unless a verb of benefit governs it."""
    page = "For many women, BHRT can effectively relieve the following symptoms:\n\n- Hot flashes\n- Fatigue\n"
    assert found(page, empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 17, "BHRT can effectively relieve the following symptoms"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 3, 3, "Hot flashes"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 4, 3, "Fatigue")]


@pytest.mark.parametrize(("text", "rule", "column", "claim"), [
    ("Don't settle for less: our laser is the most advanced in the city.", "superiority-claim", 37,
     "the most advanced"),
    ("There's no reason to live with pain when PRP can heal your joints.", "efficacy-as-fact", 42,
     "PRP can heal your joints"),
    ("Without a doubt, the best results in town.", "superiority-claim", 18, "the best results"),
    ("It's no surprise that PRP heals tendons.", "efficacy-as-fact", 23, "PRP heals tendons"),
    ("Not surprisingly, PRP heals tendons.", "efficacy-as-fact", 19, "PRP heals tendons"),
])
def test_rhetorical_negations_do_not_hide_the_claim(text: str, rule: str, column: int, claim: str,
                                                    empty_config: str) -> None:
    """A colon opens a new clause; "no reason to" and "without a doubt" negate nothing."""
    assert [(f[0], f[3], f[4]) for f in found(text, empty_config)] == [(rule, column, claim)]


def test_a_label_takes_a_hedge_anywhere_in_its_body(empty_config: str) -> None:
    """"Improve Blood Flow: exosomes may ...": the label runs past its claim to the colon, and a
    backward qualifier at the body's end ("depending on") still reaches it."""
    assert found("# Exosomes\n\n- Improve Blood Flow: exosomes may also widen vessels.\n", empty_config) == []
    assert found("# Dermaplaning\n\n- Long-lasting results: results last several weeks, depending on your "
                 "skin type and aftercare.\n", empty_config) == []


def test_a_bare_answer_to_a_risk_question_is_the_claim(empty_config: str) -> None:
    page = ("# Botox\n\n## Is Botox safe?\n\nYes.\n\n## Does it hurt?\n\nNo, most patients feel a small pinch.\n\n"
            "## Can I exercise after?\n\nYes, after a day.\n")
    assert found(page, empty_config) == [
        ("completely-safe", "absolute-safety", 5, 1, "Yes"),
        ("non-invasive-conflict", "invasiveness", 9, 1, "No, most patients feel a small pinch")]


def test_a_copy_said_to_share_the_molecule_is_the_same_drug_claim(empty_config: str) -> None:
    """"The molecular structure is identical" on a compounded semaglutide page says the copy is the approved drug."""
    assert found("# Compounded semaglutide\n\nThe molecular structure is identical.\n", empty_config) == [
        ("same-as-approved-drug", "regulatory-status", 3, 5, "molecular structure is identical")]


def test_yes_to_a_treatment_being_permanent_is_the_claim(empty_config: str) -> None:
    """"Is the transplanted hair permanent?" then "Yes" promises permanence; "Is hair loss
    permanent?" asks about the problem, and its "yes" promises nothing."""
    assert found("## Is the transplanted hair permanent?\n\nYes, it keeps growing.\n", empty_config) == [
        ("guaranteed-results", "guaranteed-outcome", 3, 1, "Yes, it keeps growing")]
    assert found("## Is hair loss permanent?\n\nYes, without treatment it often is.\n", empty_config) == []


def test_an_faq_label_before_the_answer_is_not_its_first_word(empty_config: str) -> None:
    """"A:", "A2:", "Answer:" and "A." label an FAQ's answers; the answer word comes after them."""
    page = ("# Botox\n\nQ1: Is Botox safe?\n\nA1: Absolutely.\n\nQ: Are there side effects?\n\nAnswer: None.\n\n"
            "Q: Can I exercise after?\n\nA. Yes, after a day.\n")
    assert found(page, empty_config) == [
        ("completely-safe", "absolute-safety", 5, 5, "Absolutely"),
        ("no-side-effects", "absolute-safety", 9, 9, "None")]
    assert found("Q: Is Botox safe?\n\nA: Yes, when done by a trained injector it is generally well tolerated.\n",
                 empty_config) == []


def test_a_short_answer_label_comes_before_the_answer(empty_config: str) -> None:
    """ "The short answer: yes" answers like "Yes"; a question on a result's permanence asks for a promise."""
    assert found("Is PRP safe?\n\nThe short answer: yes.\n", empty_config) == [
        ("completely-safe", "absolute-safety", 3, 19, "yes")]
    assert found("Is laser hair reduction permanent?\n\nShort answer: yes.\n", empty_config) == [
        ("guaranteed-results", "guaranteed-outcome", 3, 15, "yes")]
    assert found("Is hair loss permanent?\n\nYes, without treatment.\n", empty_config) == []


def test_an_answer_is_hedged_anywhere_in_its_sentence_and_said_once(empty_config: str) -> None:
    assert found("Is PRP safe?\n\nYes, when done by a trained provider it is generally well tolerated.\n",
                 empty_config) == []
    assert found("Is ketamine safe?\n\nAbsolutely. Ketamine is a 100% safe medicine.\n", empty_config) == [
        ("completely-safe", "absolute-safety", 3, 27, "100% safe")]


def test_a_negation_ends_with_its_clause(empty_config: str) -> None:
    """'Although it isn't the main aim, PRP also builds collagen': the claim has a clause of its own."""
    assert found("Although it isn't the main aim, PRP also stimulates collagen.\n", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 10, "it isn't the main aim, PRP also stimulates collagen")]


def test_a_contrast_after_a_comma_leaves_the_claim_standing(empty_config: str) -> None:
    """", not muscle" sets an alternative aside; "not a cure" and "is not proven" still negate."""
    assert found("The hCG plan burns fat, not muscle.\n", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 5, "hCG plan burns fat, not muscle")]
    assert found("PRP is a treatment, not a cure.\n\nExosomes are not proven to regrow hair.\n", empty_config) == []


def test_without_inside_a_claim_says_how_not_whether(empty_config: str) -> None:
    """ "without damaging tissue" qualifies the claim it follows; "Without treatment" before a
    sentence still governs it."""
    assert found("PLLA stimulates new collagen without damaging tissue.\n", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 1, "PLLA stimulates new collagen without damaging tissue"),
        ("no-side-effects", "absolute-safety", 1, 30, "without damaging tissue")]
    assert found("Without treatment, thinning hair keeps thinning.\n", empty_config) == []


def test_rather_than_inside_a_claim_sets_its_alternative_aside(empty_config: str) -> None:
    """ "rather than" and "instead of" after the claim's first word negate the alternative only;
    before the claim they still govern it."""
    assert found("Morpheus8 tightens skin rather than stretching skin.\n"
                 "Emsculpt builds muscle instead of just burning fat.\n", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 1, "Morpheus8 tightens skin rather than stretching skin"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 2, 1, "Emsculpt builds muscle instead of just burning fat")]
    assert found("Rather than relieving pain, a painkiller hides it.\n", empty_config) == []


def test_a_hedged_lead_in_does_not_reach_the_paragraph_after_its_list(empty_config: str) -> None:
    page = ("Our ozone sauna may help with:\n\n- Joint pain\n- Fatigue\n\n"
            "For most guests it is a safer alternative to surgery. Book today.\n")
    assert found(page, empty_config) == [
        ("superiority-claim", "comparative-superiority", 6, 23, "a safer alternative to surgery")]


def test_an_emphasised_label_line_and_a_hard_break_end_a_sentence(empty_config: str) -> None:
    page = "*Amino acids, zinc, fluids*\nSpeeds muscle recovery.\n\nA soft\nwrap stays one sentence  \nBoosts energy\n"
    assert found(page, empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 2, 1, "Speeds muscle recovery"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 6, 1, "Boosts energy"),
    ]


def test_a_sentence_that_repeats_a_rules_claim_is_one_finding(empty_config: str) -> None:
    """One sentence, one finding per rule: a label and its body's claim, or two benefits in one
    sentence, report once, from the first claim to the end of the last; a hedged claim, a claim of
    another rule and the next sentence keep their own."""
    page = ("# How PRP works\n\n1. Boost Collagen: PRP stimulates collagen production.\n\n"
            "- Faster recovery: ask us about your plan.\n\n"
            "- Fuller hair: ours is the best clinic in town.\n\n"
            "PRP stimulates collagen production, which leads to firmer skin. It may also ease stiffness.\n")
    assert found(page, empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 3, 4, "Boost Collagen: PRP stimulates collagen production"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 5, 3, "Faster recovery"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 7, 3, "Fuller hair"),
        ("guaranteed-results", "guaranteed-outcome", 7, 3, "Fuller hair"),
        ("superiority-claim", "comparative-superiority", 7, 24, "the best clinic in"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 9, 1, "PRP stimulates collagen production, which leads to firmer skin"),
        ("guaranteed-results", "guaranteed-outcome", 9, 43, "leads to firmer"),
    ]


def test_comparative_adjective_bullets_are_benefits(empty_config: str) -> None:
    page = "# Peptide therapy\n\n- Deeper, more restful sleep\n- Sharper focus\n"
    assert found(page, empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 3, 3, "Deeper, more restful sleep"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 4, 3, "Sharper focus"),
    ]


def test_a_long_list_of_conditions_is_claimed_to_its_end(empty_config: str) -> None:
    """A page lists a dozen conditions under one lead-in; the twelfth is as much a claim as the first."""
    conditions = ["Neck pain", "Back pain", "Knee pain", "Hip pain", "Tendonitis", "Bursitis", "Sciatica",
                  "Whiplash", "Headaches", "Muscle spasm", "Joint stiffness", "Arthritis"]
    page = "Our cold laser treats:\n\n" + "".join(f"- {c}\n" for c in conditions)
    assert found(page, empty_config) == [("efficacy-as-fact", "unsubstantiated-evidence", 1, 16, "treats:")] + [
        ("efficacy-as-fact", "unsubstantiated-evidence", 3 + i, 3, c) for i, c in enumerate(conditions)]


def test_a_paragraph_ends_the_reach_of_a_lead_in(empty_config: str) -> None:
    """A symptom list's lead-in ("symptoms include:") describes the condition; a paragraph after
    it ends its list, so the benefit list under the next heading is the treatment's claim."""
    page = ("Low vitamin levels can cause symptoms such as:\n\n- low mood\n- poor memory\n\n"
            "Vitamin shots can be given in the arm or in the hip by our nurse.\n\n"
            "## Benefits of vitamin shots\n\n- Increases energy\n- Boosts immunity\n")
    assert found(page, empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 10, 3, "Increases energy"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 11, 3, "Boosts immunity")]


def test_a_rhetorical_what_if_sells_its_list(empty_config: str) -> None:
    """ "What if I told you there was a peptide that:" is a sales opener, not a hypothesis."""
    page = "What if I told you there was a peptide that:\n\n- Reduces inflammation\n- Treats hepatitis B\n"
    assert found(page, empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 3, 3, "Reduces inflammation"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 4, 3, "Treats hepatitis")]
    assert found("What if the peptide does not work for me?\n", empty_config) == []


def test_a_hedged_lead_in_hedges_its_list(empty_config: str) -> None:
    page = "Our exosome care may help to:\n\n- Reduce joint pain\n- Improve mobility\n"
    assert found(page, empty_config) == []
    assert [f.assertion for f in lint_text(page, path="page.md", config=empty_config)] == ["hedged", "hedged"]


# 4. Attribution that does not guess ---------------------------------------------------

def test_an_unknown_named_treatment_is_not_the_page_treatment(empty_config: str) -> None:
    page = ("# Exosome facial\n\nOur exosome facial renews skin.\n\n"
            "Ozonated vapor therapy has been FDA approved for acne.\n")
    assert [f for f in lint_text(page, path="page.md", config=empty_config)
            if f.category == "regulatory-status"] == []


def test_a_regulatory_claim_is_not_attributed_across_a_paragraph(empty_config: str) -> None:
    page = ("Exosome therapy is popular.\n\nWe also run a blood drive.\n\nOur lab staff are kind.\n\n"
            "Many products are FDA approved.\n")
    assert found(page, empty_config) == []


def test_a_treatment_after_a_contrast_is_not_the_claims_subject(empty_config: str) -> None:
    """"Many peptides are FDA approved, but BPC-157 is not" says nothing false about BPC-157."""
    assert found("Many peptides are FDA approved, but BPC-157 is not.", empty_config) == []
    assert found("Many peptides are FDA approved, including BPC-157.", empty_config) == [
        ("fda-approved-conflict", "regulatory-status", 1, 19, "FDA approved")]


def test_a_mention_in_an_apposition_is_not_the_claims_subject(empty_config: str) -> None:
    """In "Wegovy, the brand of semaglutide, is FDA-approved" the claim is about Wegovy, even on
    a page whose plain "semaglutide" means its compounded product."""
    page = "Wegovy, the brand of semaglutide, is FDA-approved for weight loss.\n\nWe offer compounded semaglutide.\n"
    assert found(page, empty_config) == []
    page = page.replace("Wegovy, the brand of semaglutide,", "Semaglutide")
    assert found(page, empty_config) == [("fda-approved-conflict", "regulatory-status", 1, 16, "FDA-approved")]


def test_a_heading_naming_an_unknown_kind_of_treatment_opens_its_own_section(empty_config: str) -> None:
    """Under "## Facials" a non-invasive claim is about the facial, not the microneedling above."""
    page = ("# Menu\n\n## Microneedling\n\nWe offer microneedling for scars.\n\n## Facials\n\n"
            "A gentle facial with cleansing and steam.\n\nPainless and relaxing.\n")
    assert [f for f in found(page, empty_config) if f[0] == "non-invasive-conflict"] == []
    page = page.replace("## Facials", "## Aftercare")
    assert ("non-invasive-conflict", "invasiveness", 11, 1, "Painless") in found(page, empty_config)


def test_an_unknown_treatment_that_names_its_needle_contradicts_non_invasive(empty_config: str) -> None:
    """No facts on file are needed when the sentence itself says the skin is broken."""
    assert found("Non-invasive weight care with one simple weekly shot.", empty_config) == [
        ("non-invasive-conflict", "invasiveness", 1, 1, "Non-invasive")]
    assert found("Zero downtime: just relax while the drip does the work.", empty_config) == [
        ("non-invasive-conflict", "invasiveness", 1, 1, "Zero downtime")]
    assert found("Our light panel is non-invasive and needle-free.", empty_config) == []
    assert found("No needles, no injections: the light does the work.", empty_config) == []


def test_an_approved_comparator_is_not_the_page_selling_it(empty_config: str) -> None:
    """What an exosome page says minoxidil does is background; the same words on a minoxidil page sell it."""
    exosome_page = ("# Exosome hair therapy\n\nExosome therapy is one option we offer for thinning hair. "
                    "Exosome therapy is done in one visit.\n\nMinoxidil stimulates hair growth.\n")
    assert [f for f in found(exosome_page, empty_config) if f[0] == "efficacy-as-fact"] == []
    minoxidil_page = "# Minoxidil\n\nMinoxidil stimulates hair growth.\n"
    assert found(minoxidil_page, empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 3, 1, "Minoxidil stimulates hair growth")]


def test_a_pronoun_refers_to_the_treatment_named_just_before(empty_config: str) -> None:
    page = "We offer exosome therapy for thinning hair. It is FDA approved.\n"
    assert found(page, empty_config) == [("fda-approved-conflict", "regulatory-status", 1, 51, "FDA approved")]


# 6. Precision guards ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "NAD+ levels decline with age.",
    "Millions of men have ED.",
    "In the trial, 30% of patients saw thicker hair.",
    "In these studies, patients on the drug lost more weight than those on placebo.",
    "We will help you choose the best option for you.",
    "We make sure it is a safe option for you.",
    "IV therapy is safe for most people; avoid it if you are pregnant.",
    "TRT is safe for most men with low testosterone.",
    "Bioidentical hormones are made in a lab from plant sources.",
    "Mild redness will fade within a day.",
    "It is for adults with a BMI of greater than 30 or a BMI greater than 27.",
    "The only thing to avoid is spicy food for two days.",
    "Regular monitoring through blood tests ensures safety.",
    "Nothing is as important as rest after surgery.",
    # the body's own chemistry as a sentence's subject is background
    "Platelets are critical for clotting and contain growth factors that promote healing.",
    "Insulin helps regulate blood sugar.",
    # the best one can get is an aim, not a ranking
    "A few tips help make sure you get the best treatment possible.",
    # numbing before the procedure is care, not the treatment's effect
    "A numbing cream is applied first to minimize any pain.",
    # the body's own process held back is the problem, not a virtue sold
    "When discs are compressed, it limits their supply of nutrients, slowing the body's natural healing process.",
    "With chronic injuries, this natural repair process can stall.",
    # training and the reader's aim, not a promise of safety
    "Fillers need skill and training to be safely and effectively administered.",
    "Here is how to ensure you receive the safest care.",
    # aiming is not achieving
    "The laser targets the pigment in the hair follicle.",
    # "even" as an adverb is not the verb "even out"
    "The light reaches the muscles, the tendons and even the bones.",
    # "transforming" on its own is the copy's word, not a result promised
    "See how the filler looks before transforming your lips.",
    "PRP is minimally invasive and non-surgical.",
    "Our nurse checks on you during the drip to ensure your safety and comfort.",
    "No company will pay for the trials needed to get FDA approval for ketamine in depression.",
    "Estrogen naturally declines with age.",
    "Benefits:",
    "With age, skin loses elasticity and the lines stay permanently.",
    "It is thought that red light can boost collagen.",
    "Rarely, filler can block a blood vessel, which can cause skin damage.",
    "Most people tolerate it well, with minimal risks and side effects.",
    "Side effects appear within 24 hours and fade quickly.",
    "Not every adult is a good candidate for this procedure.",
    "Your results will depend on your skin type.",
    "The ultimate decision is yours.",
    "These side effects are rare and usually mild.",
    "Many clinics advertise FDA-approved exosomes, which do not exist.",
    "The laser rarely removes hair permanently.",
    "Exosome research holds great potential for the future of hair restoration.",
    "Botox is a purified protein made from botulinum toxin.",
    "We will help you find a better option for you.",
    "The bag is mixed in a sterile room to ensure safety and effectiveness.",
    "The skin is cleaned with an antiseptic to prevent infection.",
    "A veneer is a thin shell permanently bonded to the front of the tooth.",
    "Your dentist will help you decide which veneer works best for your smile.",
    "The idea is that growth factors wake up sleeping follicles.",
    "The best results are seen on fair skin with dark hair.",
    "One of the best things about shockwave therapy is its simplicity.",
    "With hyperbaric oxygen, the air pressure is raised to twice normal.",
    "Our team helps you feel confident about your choice.",
    "Results of a peel last several weeks, depending on your skin type.",
    "Decompression stretches the spine with the goal of relieving back pain.",
    "The goals of decompression therapy are relieving pain and promoting healing.",
    "In a pilot study, men treated with shockwaves showed significant improvement.",
    "Heart disease causes more deaths than any other condition.",
    "Consultation: before the treatment, you'll have a brief consultation with a nurse.",
    "A sterile room is needed to assure patient safety and achieve the best possible results.",
    "Kybella is different from fillers, products that seek to fill in wrinkles and fine lines.",
    "PRP was initially used in orthopedic surgery to enhance healing.",
    "Under-eye filler is one of the most anatomy-dependent treatment areas.",
    "It is a common misconception that sit-ups will burn fat from your belly.",
    "Exosomes have the potential to regenerate tissue.",
    "It is important to address hair loss early.",
    "The most effective treatment plan is the one that fits your goals.",
    "Slouching over a phone causes increased strain on your neck.",
    "An old injury can trigger an inflammatory response in the joint.",
    "If PRP is not right for you, FDA-approved medications may be considered.",
    "Side effects of semaglutide include nausea and increased heart rate.",
    "A practical drip guide covering hydration, energy and recovery.",
    "The FDA has approved Sculptra to correct volume loss from facial lipoatrophy.",
    "More randomized trials are needed to show whether birth-tissue injections are safe and effective.",
    "Permanent hair reduction with an FDA-cleared diode laser.",
    "HIFU is often marketed as a quick fix.",
    "High-strength peels can cause permanent scarring.",
    "In untrained hands the laser can burn the skin.",
    "For the best outcome we suggest five sessions.",
    "Pain pills often bring unwanted side effects.",
    "A consultation will help decide the best approach for your particular goals.",
    "We aim for a look that seems fresh and completely natural.",
    "Poor circulation leads to lasting pain.",
    "Every client gets a treatment plan built around their needs.",
    "It is FDA-approved as Ozempic for managing type 2 diabetes.",
    "PRP is plasma that holds far more platelets than ordinary blood.",
    "Researchers believe it suppresses appetite.",
    "Ozempic is prescribed to manage type 2 diabetes.",
    "Rates of depression are higher than they have ever been.",
    "The platelet level can be eight times higher than normal.",
    "Common Questions About Restoring Hair",
    "The injections are intended to trigger the inflammatory response that starts repair.",
    "Some patients report sleeping better after an infusion.",
    "In clinical trials, adults lost about 15% of their body weight.",
    "Ozone therapy has limited scientific evidence for joint pain.",
    "Botox temporarily relaxes the muscles that cause frown lines.",
    "We will make sure the plan is safe for your needs.",
    "Ozone therapy has shown promising results in small studies of knee pain.",
    "Some people notice more shedding in the first few weeks.",
    "There is little evidence that B12 shots improve energy.",
    "Evidence that NAD+ drips boost energy is limited.",
    "Less common risks include infection and bruising.",
    "Ozone saunas are often marketed as a quick fix for fatigue.",
    "Exosome facials are discussed as options for select patients seeking better skin texture.",
    "Ask about other evidence-based options for knee pain.",
    "Testosterone therapy can suppress sperm production.",
    "One is not necessarily better than the other.",
    "This guide explains what the evidence shows.",
    "Bioidentical hormones are molecularly identical to the hormones your body makes.",
    "Booking online guarantees your chair.",
    "Glutathione is an antioxidant said to support detox.",
    "Tirzepatide is indicated for chronic weight management in adults with obesity.",
    "In an effort to treat fatigue, he designed a vitamin drip.",
    "Wear your aligners all day to get the best results.",
    "The best results appear once the series is complete.",
    "A better way to think about it: each session builds on the last.",
    "Back pain is the number one complaint we hear.",    "About 40% of men have thinning hair by age 35.",
    "Hair loss affects 50% of women at some point.",    "The leading theory is that the magnetic pulses wake up underactive circuits.",    "We are ready to help you reach your aesthetic goals.",    "Many people wrongly believe that sit-ups will burn belly fat.",
    "It is a myth that fillers will look fake.",    "Many people believe knee surgery is the only long-term fix for their pain.",
    "We can then give an honest opinion about the best option for a patient with knee pain.",
    "No clinic has had to run trials to prove that these injections are safe.",    "Microneedling is aimed at boosting the skin's own collagen.",
    "Making sure treatment is safe and effective starts with a careful history.",
    "Injectables need trained hands to be given safely and effectively.",
    "Before implants, dentures were the only option for missing teeth.",
    "About 80% of cases have an underlying medical cause.",
    'Source: "Testosterone therapy improves fatigue in men with hypogonadism," a 2016 journal article.',
    "Many people see chiropractic care as an effective treatment for pain alone.",    "Here is what you should know about TMS FDA approval.",
])
def test_guards_keep_real_copy_quiet(text: str, empty_config: str) -> None:
    assert found(text, empty_config) == []


def test_a_new_clause_ends_a_negation(empty_config: str) -> None:
    """'No donor cells are used' negates its own clause; 'and there is zero risk' is a new claim."""
    assert found("No donor cells are used and there is zero risk of rejection.", empty_config) == [
        ("completely-safe", "absolute-safety", 1, 38, "zero risk")]


def test_instead_of_negates_its_own_phrase_not_the_main_clause(empty_config: str) -> None:
    text = "Instead of masking the pain, our injections use your body's natural healing power.\n"
    assert ("natural-means-safe", "natural-safety", 1, 49, "your body's natural healing power") in found(
        text, empty_config)


def test_harm_words_do_not_hide_the_benefit_next_to_them(empty_config: str) -> None:
    assert found("Our laser therapy reduces inflammation.", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 5, "laser therapy reduces inflammation")]


# 7. Messages a copywriter can act on --------------------------------------------------

def test_every_message_is_one_short_sentence_for_every_treatment() -> None:
    ruleset = load_ruleset(None, False)
    for rule in ruleset.rules:
        for treatment in [*ruleset.treatments.values(), None]:
            message, _ = _texts(rule.message, rule.suggestions, treatment)
            assert len(message) <= 160, (rule.id, message)
            assert "{" not in message and "(" not in message, (rule.id, message)


def test_messages_never_conjugate_a_verb_after_the_treatment_name() -> None:
    """"IV vitamin / NAD+ infusions is" reads wrong: messages put the name where number does not matter."""
    for rule in load_ruleset(None, False).rules:
        assert not re.search(r"\{treatment\} (is|has|comes|does|was)\b", rule.message, re.I), rule.id


@pytest.mark.parametrize(("name", "plural"), [
    ("NAD+ infusions and injections", True), ("IV vitamin infusions", True), ("exosomes", True),
    ("prolotherapy", False), ("platelet-rich plasma", False), ("botulinum toxin", False), ("chemical peels", True),
    ("Dysport, Xeomin and other botulinum toxins", True),
])
def test_plural_treatment_names(name: str, plural: bool) -> None:
    from claimlint.findings import is_plural

    assert is_plural(name) is plural


def test_a_route_reads_as_words_and_agrees_with_the_name(empty_config: str) -> None:
    """"but it is given by iv" read as a typo, and "IV vitamin infusions ... it is" as bad grammar."""
    messages = [f.message for f in lint_text("Our IV drips are painless.", path="page.md", config=empty_config)]
    assert messages == ["Calls IV vitamin infusions non-invasive, needle-free or painless, but they are given by IV infusion."]


def test_suggestions_agree_with_the_treatment_name() -> None:
    ruleset = load_ruleset(None, False)
    rule = next(r for r in ruleset.rules if r.id == "completely-safe")
    _, plural = _texts(rule.message, rule.suggestions, ruleset.treatments["dermal-fillers"])
    _, singular = _texts(rule.message, rule.suggestions, ruleset.treatments["prolotherapy"])
    assert plural[0].startswith("Dermal fillers are generally well tolerated;")
    assert singular[0].startswith("Prolotherapy is generally well tolerated;")
    for rule in ruleset.rules:
        for treatment in ruleset.treatments.values():
            assert all("{" not in text for text in _texts(rule.message, rule.suggestions, treatment)[1]), rule.id


def test_the_evidence_autofix_stays_grammatical_for_plural_subjects(empty_config: str) -> None:
    text = "NAD+ infusions are clinically proven to restore energy.\n"
    findings = lint_text(text, path="page.md", config=empty_config)
    ruleset = load_ruleset(None, False)
    fixed = _apply(text, edits_for(text, findings, {rule.id: rule for rule in ruleset.rules}))
    assert fixed == "NAD+ infusions are clinically studied as a way to restore energy.\n"


@pytest.mark.parametrize("text", [
    "Ligaments connect bones and help to stabilize joints.",
    "Incretins help lower your blood sugar after a meal.",
    "Ligament damage: Ligaments connect bones and help to stabilize joints.",
    "Alcohol is a diuretic, so your body loses fluids and electrolytes more rapidly than usual.",
])
def test_a_sentence_about_the_body_itself_is_background(text: str, empty_config: str) -> None:
    assert found(text, empty_config) == []


def test_a_body_part_as_subject_still_claims_when_a_treatment_is_named(empty_config: str) -> None:
    assert found("Bone protection: they stimulate the jawbone and prevent bone loss.", empty_config) == [
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 1,
         "Bone protection: they stimulate the jawbone and prevent bone loss")]
    assert found("Muscles recover faster with our cryotherapy.", empty_config) == [
        ("superiority-claim", "comparative-superiority", 1, 9, "recover faster")]
    assert found("Muscles heal faster because PRP stimulates tissue repair.", empty_config) == [
        ("superiority-claim", "comparative-superiority", 1, 9, "heal faster"),
        ("efficacy-as-fact", "unsubstantiated-evidence", 1, 29, "PRP stimulates tissue repair")]


def test_a_compounding_page_s_bare_generic_name_is_the_compounded_drug(empty_config: str) -> None:
    """"FDA-approved" with a compounded product is the mismatch; the page calls it by the generic name."""
    text = "We offer compounded semaglutide.\n\nSemaglutide is FDA-approved for weight loss.\n"
    findings = lint_text(text, path="page.md", config=empty_config)
    assert [(f.rule, f.line, f.column, f.text, f.treatment) for f in findings] == [
        ("fda-approved-conflict", 3, 16, "FDA-approved", "compounded-glp1")]
    assert found("Semaglutide is FDA-approved for weight loss.", empty_config) == []


def test_a_brand_s_own_generic_name_stays_the_brand(empty_config: str) -> None:
    text = "Wegovy (semaglutide) is FDA-approved for weight loss. We also offer compounded semaglutide.\n"
    assert found(text, empty_config) == []


def test_two_products_harms_compared_are_not_a_benefit(empty_config: str) -> None:
    assert found("Botox and Dysport have similar side effects, such as mild bruising.", empty_config) == []
    assert found("Botox and Dysport have no side effects.", empty_config) == [
        ("no-side-effects", "absolute-safety", 1, 24, "no side effects")]

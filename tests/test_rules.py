"""Unit tests of single extractor rules, on short sentences written for the test (not seed text)."""

import dataclasses
import datetime as dt
import re

import pytest

from pipeline.extract.base import DocInput
from pipeline.extract.rules import RuleExtractor, unused_cues


@pytest.fixture(scope="module")
def ex():
    return RuleExtractor()


def one(ex, text, lang="ar", pub="2024-06-15"):
    cands = ex.extract(DocInput("t", text, lang, dt.date.fromisoformat(pub) if pub else None))
    assert len(cands) == 1, [c.quote for c in cands]
    return cands[0]


def kinds(ex, text, lang="ar", pub="2024-06-15") -> list[str]:
    """The event types of the contacts the text reports, in order."""
    return [c.event_type for c in ex.extract(DocInput("t", text, lang, dt.date.fromisoformat(pub) if pub else None))]


def events_of(ex, text, lang="ar", pub="2024-06-15") -> list:
    """The contacts the text reports, each once (the mentions that name a contact again left out)."""
    return [c for c in ex.extract(DocInput("t", text, lang, dt.date.fromisoformat(pub) if pub else None)) if c.same_as is None]


def none_in(ex, text, lang="ar", pub="2024-06-15") -> bool:
    """The text reports no contact."""
    return ex.extract(DocInput("t", text, lang, dt.date.fromisoformat(pub) if pub else None)) == []


def test_indirect_talks_hosted_by_a_named_mediator(ex):
    c = one(ex, "أجرى مسؤولون إيرانيون وأمريكيون محادثات غير مباشرة في الدوحة يوم 3 مارس 2024 بوساطة قطرية.")
    assert (c.event_type, c.format, c.location_city, c.location_country) == ("talks", "indirect", "Doha", "QAT")
    assert sorted(c.parties) == ["IRN", "USA"]
    assert [(m.actor_id, m.mediation_role) for m in c.mediators] == [("QAT", "facilitator")]
    assert c.date_start == dt.date(2024, 3, 3)


def test_a_venue_alone_is_not_a_mediator(ex):
    c = one(ex, "التقى وزير الخارجية الإيراني ونظيره الأمريكي في جنيف يوم 10 مايو 2024.")
    assert c.location_country == "CHE" and c.mediators == []


def test_met_means_face_to_face(ex):
    assert one(ex, "التقى وزير الخارجية الإيراني ونظيره الأمريكي في جنيف يوم 10 مايو 2024.").format == "direct"


def test_the_p5_plus_1_brings_the_united_states_as_a_side(ex):
    c = one(ex, "ووقّعت إيران ومجموعة 5+1 في جنيف يوم 24 نوفمبر 2013 اتفاقاً مرحلياً حول البرنامج النووي.")
    assert sorted(c.parties) == ["IRN", "USA"] and c.location_city == "Geneva"


def test_the_4_plus_1_does_not(ex):
    cands = ex.extract(DocInput("t", "اجتمعت إيران ومجموعة 4+1 في فيينا يوم 6 أبريل 2021.", "ar", dt.date(2021, 4, 7)))
    assert cands == []


def test_a_spokesman_reporting_a_contact_is_not_a_press_conference(ex):
    c = one(ex, "قال المتحدث باسم الخارجية الإيرانية إن وفدي إيران والولايات المتحدة عقدا محادثات في مسقط يوم الأحد الماضي.", pub="2024-06-12")
    assert c.date_start == dt.date(2024, 6, 9)


@pytest.mark.parametrize(
    "text",
    [
        "لم تجر أي محادثات بين إيران والولايات المتحدة في مسقط عام 2024.",  # negated
        "من المقرر أن تعقد إيران والولايات المتحدة جولة محادثات في مسقط الأسبوع المقبل.",  # future
        "إذا التقى مسؤولون إيرانيون وأمريكيون في 2025 فقد يتغير الكثير.",  # hypothetical
        "فرضت الولايات المتحدة عقوبات جديدة على إيران في 12 مايو 2024.",  # sanctions, no contact
    ],
)
def test_codebook_exclusions(ex, text):
    assert ex.extract(DocInput("t", text, "ar", dt.date(2024, 6, 15))) == []


def test_persian_without_zwnj_and_solar_hijri_date(ex):
    c = one(ex, "هیئت ایرانی و آمریکایی روز ۲۳ فروردین ۱۴۰۴ در مسقط بهصورت غیرمستقیم گفتوگو کردند و عمان پیامها را منتقل کرد.", lang="fa", pub="2025-04-13")
    assert c.date_start == dt.date(2025, 4, 12)
    assert c.format == "indirect" and c.location_city == "Muscat"
    assert ("OMN", "message_carrier") in [(m.actor_id, m.mediation_role) for m in c.mediators]


def test_a_clitic_like_first_letter_does_not_split_a_word(ex):
    # وزارت (ministry) is not و + زارت (visited)
    assert ex.extract(DocInput("t", "وزارت خزانهداری آمریکا روز پنجشنبه تحریمهای تازهای علیه ایران اعمال کرد.", "fa", dt.date(2019, 11, 1))) == []


def test_lam_before_the_article_drops_its_alef():
    # ل + الولايات is written للولايات: the name is still found (and و / ف before it)
    from pipeline.extract.rules import lexicon, scan
    from pipeline.text import normalize

    for text, key in [("رسالة للولايات المتحدة", "USA"), ("وللأمم المتحدة دور", "org:un"), ("فللوكالة الدولية للطاقة الذرية", "org:iaea")]:
        v = normalize(text)
        assert key in {h.key for h in scan(v, lexicon(), "ar") if h.cat in ("state", "org")}, text
    # a word that merely starts with لل is not the article's contraction of another name
    v = normalize("للمرة الأولى")
    assert not [h for h in scan(v, lexicon(), "ar") if h.cat in ("state", "org")]


def test_a_deal_with_the_agency_written_with_lam_borrows_no_us_side(ex):
    text = "وقّع وزير الخارجية الإيراني والمدير العام للوكالة الدولية للطاقة الذرية، أمس الثلاثاء في فيينا، اتفاقاً للتعاون. وتأتي الخطوة بعد ضربات أمريكية."
    assert ex.extract(DocInput("t", text, "ar", dt.date(2025, 9, 10))) == []


def test_the_definite_noun_after_a_deal_out_of_scope_is_that_deal_again(ex):
    text = ("وقّع وزير الخارجية الإيراني والمدير العام للوكالة الدولية للطاقة الذرية، أمس الثلاثاء في القاهرة، اتفاقاً للتعاون. "
            "ويأتي الاتفاق بعد أشهر من ضربات أمريكية في حزيران/يونيو الماضي.")
    doc = DocInput("t", text, "ar", dt.date(2025, 9, 10))
    assert ex.extract(doc) == []
    assert [d.reason for d in ex.explain(doc)][1].startswith("the contact of the sentence before again («الاتفاق»)")
    # an ordinal makes it another contact, which is read on its own
    from pipeline.extract.rules import _cue_groups, lexicon, scan
    from pipeline.text import normalize

    def sent(t):
        v = normalize(t)
        cur = [(h.vstart, h.vend, h) for h in scan(v, lexicon(), "ar")]
        return v, cur, [x for x in cur if x[2].cat == "cue" and x[2].key.startswith("event_types.")], _cue_groups(cur)

    _, prev, _, _ = sent("التقى الوزيران في مسقط.")
    for t, want in [("وعقد الاجتماع الثاني أمس.", None), ("وجاء الاجتماع بعد توتر.", "الاجتماع"), ("وكان هذا الاجتماع قصيرا.", "هذا الاجتماع"),
                    # talks after a meeting are that encounter again; a deal after it is another kind of contact
                    ("وكانت هذه المحادثات قصيرة.", "هذه المحادثات"), ("وكانت هذه الصفقة مفاجئة.", None), ("وعقد اجتماع أمس.", None)]:
        v, cur, cues, groups = sent(t)
        assert ex._back_reference(v, cur, cues, groups, prev) == want, t


def test_a_deal_named_without_a_verb_of_concluding_it_is_no_deal(ex):
    assert none_in(ex, "غریب‌آبادی روز شنبه ۴ مرداد ۱۴۰۴ گفت سه کشور اروپایی با حمایت از حملات آمریکا به ایران جایگاه خود را به عنوان طرف برجام از دست داده‌اند.", "fa", "2025-07-27")
    assert none_in(ex, "وأشار وزير الخارجية الإيراني أمس الاثنين إلى الاتفاق النووي مع الولايات المتحدة بوصفه نموذجا لما يمكن تحقيقه.", "ar", "2025-05-06")
    # with a verb of concluding, the named deal is reported as made
    c = one(ex, "برجام روز ۲۳ تیر ۱۳۹۴ در وین میان ایران و آمریکا و دیگر قدرت‌های جهانی نهایی شد.", lang="fa", pub="2015-07-20")
    assert (c.event_type, c.date_start) == ("agreement", dt.date(2015, 7, 14))
    c = one(ex, "أعلن في فيينا يوم 14 تموز/يوليو 2015 الاتفاق النووي بين إيران والولايات المتحدة والقوى الكبرى.", pub="2015-07-20")
    assert (c.event_type, c.date_start) == ("agreement", dt.date(2015, 7, 14))


def test_a_deal_torn_up_or_preferred_is_no_deal(ex):
    # «توافق را پاره کرد»: the deal is the object of the verb that undoes it
    text = "رهبر ایران روز ۱۹ بهمن ۱۴۰۳ گفت همان کسی که امروز در آمریکا سر کار است، توافق را پاره کرد."
    assert [c.event_type for c in ex.extract(DocInput("t", text, "fa", dt.date(2025, 2, 8)))] != ["agreement"]
    # 'prefers to reach a deal' is a wish
    assert none_in(ex, "ترامپ روز سه‌شنبه ۱۶ بهمن ۱۴۰۳ گفت ترجیح می‌دهد با ایران به توافق هسته‌ای برسد.", "fa", "2025-02-08")


def test_in_a_message_announced_is_a_statement(ex):
    assert none_in(ex, "سخنگوی وزارت امور خارجه ایران امروز در پیامی اعلام کرد که با توجه به حمایت آمریکا از حملات، گفت‌وگو معنایی ندارد.", "fa", "2025-06-14")
    assert none_in(ex, "وقال وزير الخارجية الإيراني أمس في رسالة مصورة إن بلاده لن تقبل بشروط الولايات المتحدة.", "ar", "2025-06-14")
    # a message with an addressee is still a message
    c = one(ex, "عراقچی روز ۱۲ اسفند ۱۴۰۳ در پیامی به ویتکاف که از طریق عمان ارسال شد نوشت ایران آماده پاسخ است.", lang="fa", pub="2025-03-05")
    assert c.event_type == "message_exchange"


def test_the_two_halves_of_an_exchange_and_this_exchange_are_one_event(ex):
    from pipeline.golden import _events

    text = ("مایکل وایت، کهنه‌سرباز نیروی دریایی آمریکا، روز پنجشنبه ۱۵ خرداد ۱۳۹۹ در ایران آزاد شد و با هواپیمای دولت سوئیس ایران را ترک کرد. "
            "همزمان مجید طاهری، پزشک ایرانی-آمریکایی که در آمریکا بازداشت شده بود، آزاد شد. "
            "این مبادله با میانجیگری سوئیس انجام شد.")
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2020, 6, 6)))
    assert {c.location_country for c in cands} >= {"IRN", "USA"}  # each half on its own side's soil
    events = _events(cands)
    assert len(events) == 1 and events[0].fields["event_type"] == "prisoner_release"
    assert ("CHE", "facilitator") in [(a, r) for a, r, _ in events[0].mediators]
    # 'this exchange' as the object of a deal's sentence is not the exchange again, nor a new one
    text = "پنج زندانی آمریکایی روز ۲۷ شهریور ۱۴۰۲ در تهران آزاد شدند. ریشه این مبادله به توافقی بازمی‌گردد که ۱۹ مرداد ۱۴۰۲ میان ایران و آمریکا با میانجیگری قطر حاصل شد."
    kinds = sorted(c.event_type for c in ex.extract(DocInput("t", text, "fa", dt.date(2023, 9, 20))))
    assert kinds == ["agreement", "prisoner_release"]


def test_a_release_with_the_verb_split_from_its_noun(ex):
    # «أطلقت إيران سراحهم» (the verb, its subject, then 'their release'); «تبادل للسجناء» with the preposition
    c = one(ex, "وصل ثلاثة أمريكيين أطلقت إيران سراحهم يوم السبت 16 كانون الثاني/يناير 2016 إلى جنيف بعد مفاوضات مع الولايات المتحدة.", pub="2016-01-18")
    assert c.event_type == "prisoner_release"
    c = one(ex, "جرت عملية تبادل للسجناء بين إيران والولايات المتحدة يوم السبت 16 كانون الثاني/يناير 2016.", pub="2016-01-18")
    assert c.event_type == "prisoner_release"


@pytest.mark.parametrize(
    "text, lang",
    [
        # the perfect tense («آزاد شده‌اند»), 'an exchange' with the indefinite «ی», Arabic «أُخلي سبيل» ('was let go') and
        # «استعادوا حريتهم» ('regained their freedom')
        ("پنج زندانی آمریکایی روز دوشنبه ۲۷ شهریور ۱۴۰۲ با میانجیگری قطر در ازای آزادی پنج ایرانی آزاد شده‌اند.", "fa"),
        ("روز دوشنبه ۲۷ شهریور ۱۴۰۲ تبادلی با میانجیگری قطر میان ایران و آمریکا انجام شد.", "fa"),
        ("وأُخلي سبيل الأمريكيين الخمسة يوم الاثنين 18 أيلول/سبتمبر 2023 بوساطة قطرية مقابل خمسة إيرانيين.", "ar"),
        ("كان الأمريكيون الخمسة المحتجزون في إيران قد استعادوا حريتهم يوم الاثنين 18 أيلول/سبتمبر 2023 بوساطة قطرية.", "ar"),
    ],
)
def test_more_words_of_a_release(ex, text, lang):
    c = one(ex, text, lang, "2023-09-20")
    assert (c.event_type, c.date_start, sorted(c.parties)) == ("prisoner_release", dt.date(2023, 9, 18), ["IRN", "USA"])


def test_a_numbered_round_in_the_lead_with_one_delegation_named_after_it_takes_the_other_from_the_next_paragraph(ex):
    # the round names no side, the next sentence Iran's delegation head, the next paragraph the US delegation's
    text = ("فيينا | انطلاق الجولة الرابعة\n\nفيينا – وكالة الأنباء – السبت 8 أيار/مايو 2021\n\n"
            "انطلقت الجولة الرابعة من محادثات فيينا لإحياء الاتفاق النووي أمس الجمعة في فندق غراند. ويرأس عباس عراقجي الوفد الإيراني.\n\n"
            "ويقيم الوفد الأمريكي برئاسة روبرت مالي في فندق آخر.")
    c = one(ex, text, "ar", "2021-05-08")
    assert (c.event_type, c.date_start, sorted(c.parties)) == ("talks", dt.date(2021, 5, 7), ["IRN", "USA"])
    # (an organisation's official named there too, the EU's coordinator, lends no state of his own)
    c = one(ex, text.replace("الوفد الإيراني.", "الوفد الإيراني، فيما ينسق إنريكي مورا الاجتماعات."), "ar", "2021-05-08")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_an_organisations_official_lends_no_state(ex):
    from pipeline.extract.rules import scan
    from pipeline.text import normalize

    def states(text, lang):
        return ex._states_of([(0, 0, h) for h in scan(normalize(text), ex.lex, lang)])

    assert states("انریکه مورا، هماهنگ‌کننده اتحادیه اروپا", "fa") == set()
    assert states("قال رافائيل غروسي المدير العام للوكالة", "ar") == set()
    assert states("قال وزير الخارجية الإسباني", "ar") == {"ESP"}  # (the state itself still is one)


@pytest.mark.parametrize(
    "text, lang",
    [
        # a side 'handed its reply / its remarks' («سلّمت ردها», «سلّمت ملاحظاتها», «پاسخ خود را به … ارسال کرد»)
        ("أعلنت طهران أنها سلّمت ملاحظاتها على المقترح الأمريكي إلى الاتحاد الأوروبي يوم 15 آب/أغسطس 2022.", "ar"),
        ("وقالت الخارجية الإيرانية إنها سلّمت ردها على المقترح الأمريكي للوسيط الأوروبي يوم 15 آب/أغسطس 2022.", "ar"),
        ("ایران روز ۲۴ مرداد ۱۴۰۱ پاسخ خود را به پیشنهاد آمریکا از طریق اتحادیه اروپا ارسال کرد.", "fa"),
    ],
)
def test_a_side_handing_its_reply_carries_a_message(ex, text, lang):
    c = one(ex, text, lang, "2022-09-05")
    assert (c.event_type, c.date_start, sorted(c.parties)) == ("message_exchange", dt.date(2022, 8, 15), ["IRN", "USA"])


def test_a_round_of_talks_going_on_until_a_day_months_later_is_that_round(ex):
    from pipeline.golden import _events

    text = ("افتُتحت الجولة الثامنة من المحادثات غير المباشرة بين إيران والولايات المتحدة في فيينا يوم 27 كانون الأول/ديسمبر 2021. "
            "وتستمر الجولة مع توقفات قصيرة حتى 11 آذار/مارس 2022.")
    events = _events(ex.extract(DocInput("t", text, "ar", dt.date(2022, 3, 20))))
    assert [(e.fields["event_type"], e.fields["date_start"]) for e in events] == [("talks", dt.date(2021, 12, 27))]


@pytest.mark.parametrize(
    "entry, lang",
    [
        ("۱۰:۳۰ – یادآوری: این توافق میان ایران و آمریکا حاصل ماه‌ها گفت‌وگوی غیرمستقیم در دوحه بود.", "fa"),
        ("10:30 – خلفية: جاء هذا الاتفاق بين إيران والولايات المتحدة بعد أشهر من المحادثات غير المباشرة في الدوحة.", "ar"),
    ],
)
def test_a_live_blog_entry_labelled_as_background_is_not_of_the_blogs_day(ex, entry, lang):
    assert none_in(ex, entry, lang, "2023-09-18")
    # (the same entry without the label happens on the blog's day)
    plain = entry.replace("یادآوری: ", "").replace("خلفية: ", "")
    assert [c.date_start for c in ex.extract(DocInput("t", plain, lang, dt.date(2023, 9, 18)))] == [dt.date(2023, 9, 18)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("سید ابراهیم رئیسی، رئیس‌جمهور، دیروز سه‌شنبه در نخستین سخنرانی خود در مجمع عمومی سازمان ملل، تحریم‌های آمریکا را «ابزار جنگ» "
         "علیه ملت ایران خواند و گفت گفت‌وگوهایی مفید است که به لغو همه تحریم‌ها برسد.", "fa"),
        ("وانتقد الرئيس إبراهيم رئيسي أمس الثلاثاء في كلمته أمام الجمعية العامة العقوبات الأمريكية، ودعا إلى محادثات جادة تنتهي برفعها.", "ar"),
    ],
)
def test_a_contact_word_in_a_speech_is_no_contact(ex, text, lang):
    # a speech is a forum where a side speaks, as an interview is: its day is not a contact's
    assert none_in(ex, text, lang, "2021-09-22")


def test_the_two_countries_after_the_contact_of_another_pair_are_that_pair(ex):
    # the headline names Washington, but 'the two countries' two sentences after Iran and Saudi Arabia's deal are those two
    text = ("طهران والرياض تتفقان على استئناف العلاقات.. وواشنطن ترحب بالاتفاق\n\n"
            "وقّعت إيران والمملكة العربية السعودية أمس الجمعة في بكين اتفاقاً لاستئناف العلاقات الدبلوماسية بينهما.\n\n"
            "ووقّع الاتفاق عن الجانب الإيراني علي شمخاني.\n\n"
            "وجاء الاتفاق تتويجاً لمسار طويل، إذ استضافت بغداد خمس جولات من الحوار بين البلدين بين عامي 2021 و2022.")
    assert none_in(ex, text, "ar", "2023-03-11")


def test_replies_through_the_same_channel_are_one_exchange(ex):
    from pipeline.golden import _events

    text = ("أعلنت طهران أنها سلّمت ملاحظاتها على المقترح الأمريكي إلى الاتحاد الأوروبي يوم 15 آب/أغسطس 2022. "
            "وجاء الرد الأمريكي عبر القناة نفسها يوم الأربعاء 24 آب/أغسطس 2022.")
    events = _events(ex.extract(DocInput("t", text, "ar", dt.date(2022, 9, 5))))
    assert [(e.fields["event_type"], e.fields["date_start"]) for e in events] == [("message_exchange", dt.date(2022, 8, 15))]
    assert len(events[0].spans) == 2
    # (the reply the same day, named in the sentence after another message word: «… به پیام واکنش نشان داد و پاسخ مکتوب ایران را …»)
    text2 = ("کاردار سوئیس در تهران روز جمعه ۱۳ دی ۱۳۹۸ پیامی مکتوب از سوی دولت آمریکا به مقام‌های ایرانی تحویل داد. "
             "وزارت خارجه همان روز کاردار را احضار کرد، به پیام واکنش نشان داد و پاسخ مکتوب ایران را برای انتقال به واشنگتن به او سپرد.")
    assert len(_events(ex.extract(DocInput("t", text2, "fa", dt.date(2020, 1, 5))))) == 1
    # (a message that is no reply, a month on, is an exchange of its own)
    text = text.replace("وجاء الرد الأمريكي عبر القناة نفسها", "وبعث الأمريكيون رسالة جديدة إلى طهران عبر القناة نفسها")
    assert len(_events(ex.extract(DocInput("t", text, "ar", dt.date(2022, 9, 5))))) == 2


@pytest.mark.parametrize(
    "text, lang",
    [
        ("«اتاق‌های جداگانه: سه سال گفت‌وگوی غیرمستقیم ایران و آمریکا» نوشته بهروز تقوی، پاییز گذشته در ۳۴۰ صفحه منتشر شد.", "fa"),
        ("يروي «المحادثات غير المباشرة بين إيران والولايات المتحدة في مسقط 2023» بقلم سالم الحارثي تفاصيل كثيرة.", "ar"),
    ],
)
def test_a_contact_word_in_a_titles_quotation_is_no_contact(ex, text, lang):
    assert none_in(ex, text, lang, "2025-02-10")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("سیامک نمازی و عماد شرقی روز دوشنبه ۲۷ شهریور ۱۴۰۲ با هواپیمای قطری تهران را ترک کردند.", "fa"),
        ("وكان سياماك نمازي وعماد شرقي قد غادرا طهران يوم الاثنين 18 أيلول/سبتمبر 2023 على متن طائرة قطرية.", "ar"),
    ],
)
def test_detainees_of_the_reference_data_flown_out_are_released(ex, text, lang):
    # no word for prisoners: the two men are detainees the reference data gives a holder (held_in)
    c = one(ex, text, lang, "2023-09-20")
    assert (c.event_type, c.date_start, sorted(c.parties)) == ("prisoner_release", dt.date(2023, 9, 18), ["IRN", "USA"])
    # what the release is about, not a side's representative: no participant (codebook section 9)
    assert c.participants == []


def test_a_detainee_is_no_participant_but_the_negotiators_are(ex):
    c = one(ex, "أفرجت إيران يوم 18 سبتمبر 2023 عن الأمريكي سيامك نمازي في صفقة تبادل مع الولايات المتحدة تفاوض عليها علي باقري كني وروبرت مالي بوساطة قطرية.", "ar", "2023-09-20")
    assert c.event_type == "prisoner_release"
    assert [p.actor_id for p in c.participants] == ["person:ali-bagheri-kani", "person:robert-malley"]


def test_a_release_of_money_is_no_prisoner_release(ex):
    assert none_in(ex, "وكانت طهران تنتظر عام 1991 من الولايات المتحدة الإفراج عن أصول مجمدة في المصارف الأمريكية.", "ar", "1992-01-01")
    assert none_in(ex, "آمریکا و ایران روز ۲۰ شهریور ۱۴۰۲ درباره آزادسازی دارایی‌های بلوکه‌شده ایران در کره جنوبی گفت‌وگو نکردند.", "fa", "2023-09-20")
    c = one(ex, "أفرجت إيران عن خمسة أمريكيين يوم 18 أيلول/سبتمبر 2023 مقابل الإفراج عن ستة مليارات دولار من أموالها.", pub="2023-09-20")
    assert c.event_type == "prisoner_release"


def test_funds_reaching_an_account_are_no_visit_and_the_release_a_week_later_is_dated(ex):
    # the release a week after the money came is the contact; the money's arrival is no visit
    c = one(ex, "وصلت أموال إيران المحولة من كوريا إلى مصارف قطرية يوم 11 أيلول/سبتمبر 2023 قبل أن تطلق طهران "
                "سراح خمسة سجناء أمريكيين.", pub="2023-09-25")
    assert c.event_type == "prisoner_release"
    c = one(ex, "دارایی‌های ایران روز ۲۰ شهریور ۱۴۰۲ به حساب بانکی در دوحه وارد شد و یک هفته بعد پنج زندانی آمریکایی "
                "در ازای پنج ایرانی آزاد شدند.", "fa", "2023-10-01")
    assert (c.event_type, c.date_start) == ("prisoner_release", dt.date(2023, 9, 18))
    # (a traveller arriving with money is still a visit)
    assert kinds(ex, "وصلت المبعوثة الأمريكية إلى طهران يوم 3 أيار 2016 ومعها ملايين الدولارات نقداً.", pub="2016-06-01") == ["visit"]


def test_money_a_release_word_describes_is_no_release_but_people_freed_beside_money_are(ex):
    assert none_in(ex, "گزارش شد که پول‌های آزادشده ایران روز ۲۰ شهریور ۱۴۰۲ با آمریکا هماهنگ شد.", "fa", "2023-10-01")
    c = one(ex, "در ۲۷ شهریور ۱۴۰۲ شش میلیارد دلار و پنج زندانی آمریکایی از سوی ایران آزاد شدند.", "fa", "2023-10-01")
    assert c.event_type == "prisoner_release"


@pytest.mark.parametrize("text", [
    "رفض قاض أمريكي في 2018 طلب الإفراج عن الطالب الإيراني المحتجز في الولايات المتحدة.",
    "طالبت طهران في 9 شباط 2021 الإدارة الأمريكية بالإفراج عن البحارة الإيرانيين المحتجزين.",
    "ناشدت أسرة المحتجز الأمريكي في إيران يوم 2 آب 2022 الرئيس الأمريكي العمل على إطلاق سراحه.",
    "دعت الولايات المتحدة في 7 آذار 2021 إيران إلى الإفراج عن الأمريكيين المحتجزين لديها.",
    "حثت واشنطن يوم 7 آذار 2021 طهران على الإفراج عن الأمريكيين المحتجزين.",
])
def test_a_release_asked_for_is_no_release(ex, text):
    assert none_in(ex, text, pub="2025-01-01")


def test_a_release_a_contact_led_to_or_a_side_agreed_to_is_a_release(ex):
    c = one(ex, "أفضت الوساطة القطرية إلى الإفراج عن خمسة أمريكيين في إيران يوم 18 أيلول 2023.", pub="2023-10-01")
    assert c.event_type == "prisoner_release"


@pytest.mark.parametrize("text, lang", [
    ("أُطلق سراح متسلقين أمريكيين اثنين من سجن إيفين في إيران يوم 21 أيلول 2011 بكفالة دفعتها سلطنة عمان.", "ar"),
    ("ایران ۳۰ شهریور ۱۳۹۰ دو کوهنورد آمریکایی را با وثیقه‌ای که عمان پرداخت آزاد کرد.", "fa"),
])
def test_a_third_state_paying_the_bail_facilitates_the_release(ex, text, lang):
    c = one(ex, text, lang, "2011-10-01")
    assert (c.event_type, [(m.actor_id, m.mediation_role) for m in c.mediators]) == ("prisoner_release", [("OMN", "facilitator")])


@pytest.mark.parametrize("text, lang", [
    # a journey that goes on, ending there or heading home
    ("هبطت في الدوحة أمس طائرة تقل خمسة أمريكيين قادمين من إيران، قبل أن يواصلوا رحلتهم إلى بلادهم.", "ar"),
    ("أعادت إيران أمس البحارة الأمريكيين وزورقهم في عرض البحر، قبل أن يستأنفوا رحلتهم.", "ar"),
    # a charge 'directed at her'
    ("اعتُقلت الصحفية الأمريكية في إيران في 3 شباط 2009 قبل أن تُوجَّه إليها تهمة التجسس.", "ar"),
    # a boat entering waters
    ("قایق‌های آمریکایی روز ۲۲ دی ۱۳۹۴ به آب‌های ایران نزدیک جزیره فارسی وارد شدند.", "fa"),
    # a correspondent, and a message to a people
    ("عملت الصحفية الإيرانية الأمريكية في 2008 مراسلة لوسائل إعلام أمريكية في طهران.", "ar"),
    ("وجّه الرئيس الأمريكي في 20 آذار 2009 رسالة بمناسبة عيد النوروز إلى الإيرانيين دعا فيها إلى بداية جديدة.", "ar"),
    # a freed man meeting his family
    ("تفنگدار پیشین آمریکایی که در ایران زندانی بود روز ۲۸ دی ۱۳۹۴ در آلمان با خانواده‌اش دیدار کرد.", "fa"),
])
def test_trips_messages_and_meetings_that_are_no_contact_of_the_sides(ex, text, lang):
    assert none_in(ex, text, lang, "2025-01-01")


def test_the_release_of_a_third_states_national_borrows_no_side_with_words_before_its_of(ex):
    text = ("ملف المحتجزين\n\nأفرجت إيران عن أمريكيين اثنين في 5 آذار 2019 بعد وساطة سويسرية. وفي ملف منفصل، أفرجت طهران في "
            "حزيران/يونيو 2019 عن اللبناني جورج حداد وسلّمته إلى مسؤول أمني لبناني رافقه إلى بيروت.")
    assert [c.date_start.month for c in events_of(ex, text, pub="2019-12-01")] == [3]


def test_a_detainees_mother_travelling_to_see_them_is_no_visit(ex):
    assert none_in(ex, "دو زندانی آمریکایی در اوین‌اند و مادرانشان در اردیبهشت ۱۳۸۹ برای دیدار با آنان به تهران سفر کردند.", "fa", "2010-07-15")


@pytest.mark.parametrize("text, lang", [
    ("روزنامه‌نگار آمریکایی روز ۲۱ اردیبهشت ۱۳۸۸ پس از رأی دادگاه تجدیدنظر از زندان اوین ایران آزاد شد.", "fa"),
    ("أُطلق سراح الصحفية الأمريكية من سجن إيفين في إيران يوم 11 أيار 2009 بقرار من محكمة الاستئناف.", "ar"),
])
def test_a_release_a_court_ordered_is_not_negotiated(ex, text, lang):
    assert none_in(ex, text, lang, "2009-05-12")
    # (a go-between named still makes it one)
    assert kinds(ex, text.replace("۱۳۸۸", "۱۳۸۸ با میانجیگری عمان").replace("2009", "2009 بوساطة عمانية"), lang, "2009-05-12") == ["prisoner_release"]


@pytest.mark.parametrize("text, lang", [
    # a hostage freed in Lebanon, Iran named only in the sentence after it
    ("الرهائن في بيروت\n\nأُطلق سراح الرهينة الأمريكي الأخير في بيروت يوم 4 كانون الأول 1991. ولم يُسجَّل أي اتصال بين واشنطن "
     "وطهران بشأنه.", "ar"),
    # or the US named only in the paragraph before, which speaks of hostages and Lebanon
    ("در دهه ۱۳۶۰ گروگان‌هایی آمریکایی در لبنان بودند. کشیش بنجامین ویر در شهریور ۱۳۶۴ پس از آنکه اسرائیل محموله‌ای "
     "سلاح به ایران فرستاد آزاد شد.", "fa"),
])
def test_a_hostage_freed_in_lebanon_borrows_no_side(ex, text, lang):
    assert [c.event_type for c in events_of(ex, text, lang, "2000-01-01")] == []


def test_a_release_outside_the_exchange_is_not_negotiated(ex):
    text = "دانشجوی آمریکایی دیگری روز ۲۶ دی ۱۳۹۴ جداگانه و خارج از این تبادل از زندان اوین ایران آزاد شد."
    assert none_in(ex, text, "fa", "2016-01-18")


def test_a_swap_with_a_third_states_trader_borrows_no_side_from_the_headline(ex):
    # 'Russian' as Persian writes it («روس»), after a trade noun and a word; the headline names Tehran
    text = ("از ابوظبی تا تهران\n\nبسکتبالیست آمریکایی روز ۱۷ آذر ۱۴۰۱ در فرودگاه ابوظبی با ویکتور بوت، تاجر اسلحه روس، "
            "مبادله شد.")
    assert events_of(ex, text, "fa", "2022-12-09") == []


def test_after_weeks_of_shuttling_is_the_lead_up_not_later(ex):
    # a chronology's dated heading dates the entry; 'after weeks in which …' is what led up to the deal
    text = ("محطات في أزمة الرهائن\n\n19 كانون الثاني/يناير 1981\n\nوقّع المسؤول الأمريكي في الجزائر الاتفاق مع إيران، بعد أسابيع "
            "نقل فيها الوسطاء "
            "الجزائريون المقترحات بين العاصمتين.")
    assert [(c.event_type, c.date_start) for c in events_of(ex, text, pub="2016-01-18")] == [("agreement", dt.date(1981, 1, 19))]
    # ('days later' still keeps it from the heading's day)
    assert events_of(ex, text.replace("بعد أسابيع نقل فيها", "وبعد أيام نقل"), pub="2016-01-18") == []


def test_an_announced_release_under_a_dated_heading_takes_its_day(ex):
    text = ("محطات في ملف المحتجزين\n\nالسبت 16 كانون الثاني/يناير 2016\n\nأعلنت طهران الإفراج عن أربعة أمريكيين مقابل عفو "
            "أمريكي عن سبعة إيرانيين.")
    assert [(c.event_type, c.date_start) for c in events_of(ex, text, pub="2016-01-18")] == [("prisoner_release", dt.date(2016, 1, 16))]


def test_freed_with_the_people_as_its_object_is_a_release(ex):
    c = one(ex, "أطلق الحرس الثوري البحارة الأمريكيين العشرة يوم 13 كانون الثاني 2016 بعد اتصالات بين الوزيرين.", pub="2016-01-20")
    assert c.event_type == "prisoner_release"
    # (not missiles launched at people)
    assert none_in(ex, "أطلق الحرس الثوري صواريخ على الأمريكيين في قاعدة عين الأسد يوم 8 كانون الثاني 2020.", pub="2020-02-01")


def test_a_traveller_landing_in_a_sides_capital_visits_it(ex):
    c = one(ex, "في 25 أيار/مايو 1986 هبط روبرت ماكفارلين، المستشار الأمريكي السابق، سراً في طهران على متن طائرة.", pub="1990-01-01")
    assert (c.event_type, c.location_city) == ("visit", "Tehran")


def test_a_persian_flight_out_far_after_its_hostages_is_their_release(ex):
    text = ("۵۲ گروگان آمریکایی روز ۳۰ دی ۱۳۵۹، دقایقی پس از پایان مراسم تحلیف رئیس‌جمهور تازه، با هواپیماهای الجزایری از "
            "فرودگاه مهرآباد تهران به الجزیره پرواز کردند.")
    c = one(ex, text, "fa", "1981-02-01")
    assert (c.event_type, c.date_start) == ("prisoner_release", dt.date(1981, 1, 20))


def test_a_state_after_a_persian_release_verb_and_and_begins_another_clause(ex):
    text = "چهار زندانی آمریکایی روز ۲۶ دی ۱۳۹۴ در برابر عفو هفت ایرانی از زندان اوین ایران آزاد شدند و سوئیس هواپیمای آنان را فراهم کرد."
    assert kinds(ex, text, "fa", "2016-01-20") == ["prisoner_release"]


def test_a_third_state_as_the_persian_subject_of_freed_freed_them(ex):
    text = "ماجرای دیگری هم بود: در دی ماه ۱۴۰۳، ایتالیا مهندس ایرانی بازداشت‌شده به درخواست آمریکا را آزاد کرد."
    assert none_in(ex, text, "fa", "2025-01-29")
    # (a side as that subject is the sides' release)
    assert kinds(ex, "در دی ماه ۱۴۰۳، ایران زندانی آمریکایی را آزاد کرد.", "fa", "2025-01-29") == ["prisoner_release"]


def test_a_release_hours_before_a_dated_arrival_is_that_day(ex):
    # 'the release of them two' with its pronoun; 'hours after' it is the same day (not 'after', days before)
    text = "وصل الأمريكيان إلى مسقط مساء أمس الأربعاء على متن طائرة عُمانية، بعد ساعات من الإفراج عنهما من سجن إيفين في طهران."
    c = one(ex, text, pub="2011-09-22")
    assert (c.event_type, c.date_start) == ("prisoner_release", dt.date(2011, 9, 21))
    # (a bare 'after' does not give the release that day: without the plane, whose flight with the freed is their release)
    assert none_in(ex, text.replace("بعد ساعات من", "بعد").replace(" على متن طائرة عُمانية", ""), pub="2011-09-22")


def test_a_journey_that_goes_on_to_a_side_is_still_a_trip(ex):
    assert kinds(ex, "وصل الوزير الأمريكي إلى مسقط أمس ثم واصل رحلته إلى طهران والتقى الرئيس الإيراني.", pub="2023-09-19") == ["visit"]


def test_a_state_a_freed_man_lives_in_is_no_side(ex):
    assert none_in(ex, "أفرجت إيران في حزيران 2019 عن اللبناني نزار زكا، المقيم الدائم في الولايات المتحدة، وسلّمته إلى "
                       "مسؤول لبناني رافقه إلى بيروت.", pub="2019-12-08")


@pytest.mark.parametrize("text", [
    # the affair's name, with its words apart, names no Iran
    "دو گروگان آمریکایی در بیروت روز ۱۱ آبان ۱۳۶۵ آزاد شدند و رسوایی ایران کنترا آغاز شد.",
    # 'black' is no CIA
    "سیزده گروگان از زنان و سیاه پوستان در ۲۸ آبان ۱۳۵۸ در تهران آزاد شدند.",
])
def test_names_written_apart_lend_no_side(ex, text):
    assert none_in(ex, text, "fa", "2020-01-01")


def test_the_sum_of_a_bail_is_no_money_freed(ex):
    c = one(ex, "دو کوهنورد آمریکایی زندانی در ایران دیروز ۳۰ شهریور ۱۳۹۰ پس از سپردن وثیقه ای یک میلیون دلاری آزاد شدند.", "fa", "2011-09-22")
    assert c.event_type == "prisoner_release"


def test_a_sentence_naming_only_the_go_between_mentions_the_contact_before_it(ex):
    cands = ex.extract(DocInput("t", "أطلقت إيران في 4 حزيران/يونيو 2020 سراح جندي البحرية الأمريكي السابق مقابل طبيب إيراني "
                                     "محتجز في الولايات المتحدة. وكانت الوساطة سويسرية.", "ar", dt.date(2020, 6, 10)))
    assert [c.same_as is None for c in cands] == [True, False]
    assert [(m.actor_id, m.mediation_role) for m in cands[1].mediators] == [("CHE", "facilitator")]
    assert cands[1].quote == "وكانت الوساطة سويسرية."
    # not a go-between's offer, nor one that also names a state that is no side of the contact
    for after in ("وعرضت سويسرا التوسط مجدداً.", "وكانت سويسرا وسيطاً أيضاً بين إيران وكندا."):
        text = "أطلقت إيران في 4 حزيران/يونيو 2020 سراح جندي البحرية الأمريكي السابق مقابل طبيب إيراني. " + after
        assert len(ex.extract(DocInput("t", text, "ar", dt.date(2020, 6, 10)))) == 1, after


def test_an_undated_lead_naming_both_sides_is_the_contact_the_next_sentence_dates(ex):
    text = ("سخنگوی وزارت خارجه گزارش یک روزنامه درباره دیدار عراقچی و ویتکاف در دوحه را تکذیب کرد. "
            "این روزنامه نوشته بود که وزیر خارجه ایران و فرستاده ویژه آمریکا روز شنبه ۴ مرداد ۱۴۰۴ در دوحه دو ساعت گفت‌وگو کرده‌اند.")
    doc = DocInput("t", text, "fa", dt.date(2025, 7, 30))
    cands = ex.extract(doc)
    assert [c.rule for c in cands][0] == "rules:lead" and cands[1].same_as == (cands[0].char_start, cands[0].char_end)
    assert cands[0].date_start == dt.date(2025, 7, 26)
    # a lead that does not name both sides, or speaks only of sending forces, is not the contact
    text2 = text.replace("دیدار عراقچی و ویتکاف", "دیدار دو مقام")
    assert all(c.rule != "rules:lead" for c in ex.extract(DocInput("t", text2, "fa", dt.date(2025, 7, 30))))
    text3 = "آنان از اعزام نیروهای آمریکا به افغانستان و نقش ایران استقبال کردند. " + text.split(". ", 1)[1]
    assert all(c.rule != "rules:lead" for c in ex.extract(DocInput("t", text3, "fa", dt.date(2025, 7, 30))))


def test_public_messages_habits_and_repetition_alone_are_no_contacts(ex):
    # a video message for Nowruz is a statement
    assert none_in(ex, "اوباما روز ۱ فروردین ۱۳۸۸ در پیامی ویدئویی به مناسبت نوروز از آغاز تازه‌ای با ایران سخن گفت.", "fa", "2009-03-22")
    # 'usually' next to the message word: a habit, even in a dated sentence
    assert none_in(ex, "وترعى سويسرا المصالح الأمريكية في طهران منذ عام 1980، وهي القناة التي تمر عبرها عادة الرسائل بين إيران والولايات المتحدة.", "ar", "2019-12-08")
    # 'repeatedly' with no contact word of its own repeats the denial
    assert none_in(ex, "اعتُقل الباحث الأمريكي في إيران صيف 2016، وهي تهمة نفتها جامعته وعائلته في الولايات المتحدة مراراً.", "ar", "2019-12-08")
    c = one(ex, "التقى ظريف نظيره الأمريكي جون كيري مرارا في جنيف عام 2014.", pub="2015-01-01")
    assert c.event_type in ("series", "meeting")
    # 'is heading to' is a trip to come; an interview and 'whoever speaks of talks' are no contact
    assert none_in(ex, "يتوجه وزير الخارجية العماني إلى طهران يوم الخميس 20 آب/أغسطس 2020 حاملا رسالة أمريكية.", "ar", "2020-08-18")
    assert none_in(ex, "ترامپ جمعه گذشته در گفت‌وگویی تلویزیونی گفته بود که نامه‌ای به رهبر ایران نوشته است.", "fa", "2025-03-10")
    assert none_in(ex, "هر کس امروز از بازگشت به میز مذاکره با آمریکا بدون ضمانت سخن بگوید، تجربه برجام را نادیده گرفته است.", "fa", "2025-03-10")


def test_the_comes_after_formula_places_the_contact_just_reported(ex):
    text = ("زار وزير الخارجية القطري طهران أمس الأحد 29 كانون الثاني/يناير 2023 حاملا رسائل من الولايات المتحدة. "
            "وقال المتحدث إن المحادثات كانت مثمرة.\n\n"
            "وتأتي الزيارة بعد رسائل متبادلة بين إيران والولايات المتحدة مطلع كانون الأول/ديسمبر الماضي.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2023, 1, 30)))
    assert {c.date_start for c in cands} == {dt.date(2023, 1, 29)}
    assert cands[-1].same_as == (cands[0].char_start, cands[0].char_end)


def test_unused_cues_explain_the_drops():
    doc = DocInput("t", "لم تجر أي محادثات بين إيران والولايات المتحدة في مسقط عام 2024.", "ar", dt.date(2024, 6, 15))
    out = unused_cues(doc)
    assert out and out[0]["reason"] == "negated"


def test_a_completed_prisoner_swap_deal_is_a_release_dated_by_a_bare_weekday(ex):
    c = one(ex, "أعلنت قطر، الاثنين، إتمام صفقة تبادل السجناء بين الولايات المتحدة وإيران، بعد أشهر من المفاوضات غير المباشرة التي استضافتها الدوحة.", pub="2023-09-19")
    assert (c.event_type, c.date_start, c.format) == ("prisoner_release", dt.date(2023, 9, 18), "indirect")
    assert ("QAT", "host") in [(m.actor_id, m.mediation_role) for m in c.mediators]


def test_a_third_state_in_a_message_sentence_carries_the_message(ex):
    c = one(ex, "شینزو آبه، نخست‌وزیر ژاپن، روز پنجشنبه در تهران با آیت‌الله خامنه‌ای دیدار کرد و پیام دونالد ترامپ را به او رساند.", lang="fa", pub="2019-06-14")
    meds = [(m.actor_id, m.mediation_role) for m in c.mediators]
    assert ("JPN", "message_carrier") in meds and ("person:shinzo-abe", "message_carrier") in meds
    assert c.format == "indirect" and sorted(c.parties) == ["IRN", "USA"]


def test_an_opinion_piece_gives_no_event(ex):
    text = (
        "يرى الكاتب أن التفاوض مع الولايات المتحدة لن يحقق أي نتيجة، وأن إيران يجب أن تعتمد على قوتها الذاتية.\n"
        "ولطالما كانت سلطنة عمان وسيطاً موثوقاً بين طهران وواشنطن، لكن الظروف تغيرت كثيراً.\n"
        "وفي حال قررت الإدارة الأميركية العودة إلى طاولة المفاوضات، فإن على طهران أن تطالب بضمانات."
    )
    assert ex.extract(DocInput("t", text, "ar", dt.date(2024, 2, 1))) == []


def test_vienna_is_a_venue_not_a_metonym_and_not_a_mediator(ex):
    c = one(ex, "دور هفتم مذاکرات وین روز دوشنبه ۸ آذر ۱۴۰۰ با حضور علی باقری کنی و رابرت مالی آغاز شد.", lang="fa", pub="2021-11-30")
    assert (c.location_city, c.location_country, c.mediators) == ("Vienna", "AUT", [])
    assert c.date_start == dt.date(2021, 11, 29)


def test_a_name_that_is_also_a_word_needs_someone_in_office(ex):
    # «رئيسي البلدين» is 'the two presidents', not Ebrahim Raisi (not in office in 2013)
    c = one(ex, "وأجرى الرئيس الأمريكي باراك أوباما اتصالاً هاتفياً مع نظيره الإيراني حسن روحاني يوم الجمعة، في أول اتصال مباشر بين رئيسي البلدين منذ عام 1979.", pub="2013-09-28")
    assert sorted(p.actor_id for p in c.participants) == ["person:barack-obama", "person:hassan-rouhani"]


def test_the_dated_reference_role_beats_a_nearby_title_word(ex):
    c = one(ex, "والتقى وزير الخارجية الأمريكي جون كيري نظيره الإيراني محمد جواد ظريف في نيويورك أمس الخميس.", pub="2013-09-27")
    roles = {p.actor_id: p.role for p in c.participants}
    assert roles == {"person:john-kerry": "Secretary of State", "person:mohammad-javad-zarif": "Foreign Minister"}


def test_a_date_after_since_is_not_the_contacts_date(ex):
    text = "وكانت سويسرا قد مثلت المصالح الأمريكية في إيران منذ عام 1980، وهي القناة التقليدية لنقل الرسائل بين البلدين."
    assert ex.extract(DocInput("t", text, "ar", dt.date(2024, 5, 1))) == []
    c = one(ex, "وكانت سويسرا قد نقلت رسالة أمريكية إلى إيران في عام 2019، وهي القناة التقليدية لنقل الرسائل منذ عام 1980.", pub="2024-05-01")
    assert c.date_start == dt.date(2019, 1, 1) and ("CHE", "message_carrier") in [(m.actor_id, m.mediation_role) for m in c.mediators]


def test_naming_the_reporting_outlet_is_not_an_allegation_and_the_venue_is_not_a_second_mediator(ex):
    c = one(ex, "به گزارش ایرنا، دور دوم مذاکرات غیرمستقیم ایران و آمریکا امروز (شنبه) با میانجیگری عمان در رم برگزار شد.", lang="fa", pub="2025-04-19")
    assert c.certainty == "reported" and (c.location_city, c.date_start) == ("Rome", dt.date(2025, 4, 19))
    assert [(m.actor_id, m.mediation_role) for m in c.mediators] == [("OMN", "facilitator")]


def test_a_counted_series_keeps_its_since_date_as_its_start(ex):
    c = one(ex, "وعقدت إيران والولايات المتحدة خمس جولات من المحادثات غير المباشرة بوساطة عمانية منذ أبريل 2025.", pub="2025-06-09")
    assert (c.event_type, c.date_start, c.date_precision) == ("series", dt.date(2025, 4, 1), "month")


def test_two_contacts_in_two_clauses_with_their_own_dates(ex):
    text = "والتقى وزير الخارجية الإيراني بنظيره الأمريكي في جنيف في 16 أكتوبر 2009، قبل أن يوقع البلدان اتفاقا في فيينا في 14 يوليو 2015."
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2016, 1, 1)))
    assert [(c.event_type, c.date_start, c.location_city) for c in cands] == [
        ("meeting", dt.date(2009, 10, 16), "Geneva"),
        ("agreement", dt.date(2015, 7, 14), "Vienna"),
    ]
    assert all(c.parties == {"IRN", "USA"} for c in cands) and cands[0].char_end <= cands[1].char_start


def test_one_contact_with_a_year_and_a_month_of_that_year_is_not_split(ex):
    c = one(ex, "وعقدت إيران والولايات المتحدة محادثات سرية في عام 2012، وكان أول اجتماع في مسقط في يوليو 2012.", pub="2013-01-01")
    assert c.date_start.year == 2012


def test_a_list_of_dates_with_respectively_is_not_split(ex):
    text = "برگزاری مذاکرات ایران و آمریکا در بغداد به ترتیب در ۲۸ مه ۲۰۰۷، و ۲۴ ژوئیه ۲۰۰۷ انجام شد."
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2008, 1, 1)))
    assert len(cands) == 1


def test_the_two_sides_take_their_names_from_earlier_sentences_of_the_paragraph(ex):
    text = ("عقدت إيران والولايات المتحدة جولة محادثات في مسقط يوم 12 أبريل 2025. "
            "ووصف المتحدث باسم الخارجية الإيرانية الأجواء بأنها بناءة. "
            "وعقد الجانبان جولة ثانية في روما يوم 19 أبريل 2025.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2025, 4, 20)))
    assert [(c.location_city, c.parties) for c in cands] == [("Muscat", {"IRN", "USA"}), ("Rome", {"IRN", "USA"})]
    # without 'the two sides', a sentence two sentences away does not lend its sides to talks ...
    lone = text.replace("وعقد الجانبان جولة ثانية", "وعقدت محادثات")
    assert [c.location_city for c in ex.extract(DocInput("t", lone, "ar", dt.date(2025, 4, 20)))] == ["Muscat"]
    # ... but does to 'a second round' (of those talks)
    second = text.replace("وعقد الجانبان", "وعقدت")
    assert [c.location_city for c in ex.extract(DocInput("t", second, "ar", dt.date(2025, 4, 20)))] == ["Muscat", "Rome"]


def test_persian_prisoner_exchange_verb(ex):
    c = one(ex, "دو زندانی ایرانی و آمریکایی روز ۱۶ آذر ۱۳۹۸ در زوریخ با میانجیگری سوئیس مبادله شدند.", lang="fa", pub="2019-12-08")
    assert (c.event_type, c.date_start, c.location_country) == ("prisoner_release", dt.date(2019, 12, 7), "CHE")


def test_a_weak_cue_does_not_type_the_event(ex):
    # 'envoy' (a visit cue) comes first, but the sentence reports a meeting
    c = one(ex, "در ژنو، ظریف روز ۱۰ اردیبهشت ۱۳۸۲ با فرستاده ویژه آمریکا دیدار کرد.", "fa")
    assert c.event_type == "meeting" and c.format == "direct"


def test_this_visit_is_an_anaphor_not_a_second_contact(ex):
    text = ("زار مسؤول أمريكي طهران في 3 مارس 2019 وأجرى محادثات مع وزير الخارجية الإيراني. "
            "وبقيت هذه الزيارة سرية حتى نشرت صحيفة تفاصيلها في 10 أغسطس 2019.")
    c, again = ex.extract(DocInput("t", text, "ar", dt.date(2024, 6, 15)))
    assert c.date_start == dt.date(2019, 3, 3) and c.secrecy == "secret"
    # the anaphor is kept as a second mention of the same contact, merged with it whatever its keys
    assert again.same_as == (c.char_start, c.char_end) and again.rule == "rules:anaphor" and again.quote.startswith("وبقيت هذه الزيارة")
    from pipeline.extract import actors_table
    from pipeline.extract.base import assemble

    t = assemble([c, again], actors_table())
    assert len(t["events"]) == 1 and len(t["mentions"]) == 2 and "anaphor" in t["mentions"]["merge_reason"].dropna().iloc[0]
    reasons = [d.reason for d in ex.explain(DocInput("t", text, "ar", dt.date(2024, 1, 1)))]
    assert any(r.startswith("anaphor") for r in reasons)


def test_a_demonstrative_with_a_date_of_its_own_is_a_new_contact(ex):
    text = ("عقدت الجولة الأولى من المحادثات بين إيران والولايات المتحدة في بغداد يوم 28 مايو 2007. "
            "وعقدت الجولة الثانية من هذه المحادثات في بغداد يوم 24 يوليو 2007.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2007, 8, 1)))
    assert [(c.date_start, c.same_as) for c in cands] == [(dt.date(2007, 5, 28), None), (dt.date(2007, 7, 24), None)]


def test_a_demonstrative_with_no_contact_before_is_read_normally(ex):
    c = one(ex, "عقدت هذه المحادثات بين إيران والولايات المتحدة في مسقط يوم 12 أبريل 2025.", pub="2025-06-01")
    assert c.location_city == "Muscat"


def test_the_same_place_takes_the_venue_of_the_contact_before(ex):
    cands = ex.extract(DocInput("t", "عقدت الجولة الأولى من المحادثات بين إيران والولايات المتحدة في بغداد يوم 28 مايو 2007. "
                                     "وعقدت في المكان نفسه جولة ثانية بين الجانبين يوم 24 يوليو 2007.", "ar", dt.date(2007, 8, 1)))
    assert [(c.date_start, c.location_city, c.event_type) for c in cands] == [(dt.date(2007, 5, 28), "Baghdad", "talks"), (dt.date(2007, 7, 24), "Baghdad", "talks")]


def test_repeatedly_makes_a_series_but_not_of_a_concluded_deal(ex):
    assert one(ex, "التقى دبلوماسيون إيرانيون وأمريكيون مرارا في جنيف خلال عام 2002.").event_type == "series"
    c = one(ex, "أعلن الوزيران الإيراني والأمريكي في لوزان يوم 2 أبريل 2015 التوصل إلى تفاهم بعد أن التقيا مرارا.")
    assert (c.event_type, c.outcome) == ("agreement", "agreement")


def test_agreeing_to_continue_the_talks_is_a_partial_outcome(ex):
    c = one(ex, "عقد وفدا إيران والولايات المتحدة جولة محادثات في مسقط يوم 12 أبريل 2025، واتفق الجانبان على مواصلة المحادثات.", pub="2025-06-01")
    assert c.outcome == "partial"
    text = "عقدت إيران والولايات المتحدة جولة محادثات في مسقط يوم 12 أبريل 2025. واتفق الجانبان على عقد جولة جديدة الأسبوع المقبل."
    c = one(ex, text, pub="2025-04-13")
    assert c.outcome == "partial"


def test_unqualified_foreign_ministry_is_iran_in_persian_only(ex):
    c = one(ex, "هیئتی از وزارت خارجه روز ۱۰ بهمن ۱۴۰۲ با مقام‌های آمریکایی در دوحه دیدار کرد.", "fa", "2024-03-01")
    assert sorted(c.parties) == ["IRN", "USA"]
    # followed by a country name it is that country's ministry
    assert ex.extract(DocInput("t", "هیئتی از وزارت خارجه عمان روز ۱۰ بهمن ۱۴۰۲ با مقام‌های آمریکایی در دوحه دیدار کرد.", "fa", dt.date(2024, 3, 1))) == []


@pytest.mark.parametrize(
    "text, negated",
    [
        ("مذاکره نمی‌کنیم", True),
        ("دیداری میان ظریف و کری انجام نشده است", True),
        ("گفتگو صورت نگرفته است", True),
        ("مذاکرات در مسقط برگزار شد اما توافقی حاصل نشد", False),  # the negation is in the next clause
        ("مذاکره با نروژ انجام شد", False),  # Norway is not a negative verb
        ("مذاکره، نشد", False),
        ("مذاکرات به نتیجه نرسید", False),  # the outcome is negated, not the talks
    ],
)
def test_persian_negative_verbs_are_read_by_their_shape(text, negated):
    from pipeline.extract.rules import _fa_negated_verb
    from pipeline.text import normalize

    v = normalize(text).text
    at = next(i for i, ch in enumerate(v) if not ch.isalpha())  # the end of the contact noun
    assert _fa_negated_verb(v, at) is negated


def test_a_persian_contact_denied_by_a_negative_verb_is_not_an_event(ex):
    text = "عراقچی روز ۱۰ اردیبهشت ۱۴۰۴ گفت هیچ دیدار مستقیمی با ویتکاف در مسقط انجام نشده است."
    assert ex.extract(DocInput("t", text, "fa", dt.date(2025, 5, 1))) == []
    text = "ظریف و کری روز ۴ مهر ۱۳۹۲ در نیویورک با یکدیگر دیدار کردند اما به توافقی نرسیدند."
    assert one(ex, text, "fa", "2013-10-01").event_type == "meeting"


def test_the_next_day_is_dated_from_the_date_before_it(ex):
    text = "توافق میان ایران و آمریکا روز ۲۹ دی ۱۳۵۹ با میانجیگری الجزایر نهایی شد و فردای آن روز، گروگان‌های آمریکایی آزاد شدند."
    cands = ex.extract(DocInput("t", text, "fa", dt.date(1981, 2, 1)))
    assert [(c.event_type, c.date_start) for c in cands] == [("agreement", dt.date(1981, 1, 19)), ("prisoner_release", dt.date(1981, 1, 20))]
    assert "prisoners" in cands[1].topics
    # with no day-precise date before it, 'the next day' dates nothing
    from pipeline.extract.rules import _day_after, lexicon, scan
    from pipeline.text import normalize

    v = normalize("في اليوم التالي أفرج عن المعتقلين.")
    hits = [(h.vstart, h.vend, h) for h in scan(v, lexicon(), "ar")]
    assert _day_after(v.text, hits, []) == []


def test_a_dated_round_takes_its_sides_from_the_next_sentences(ex):
    text = ("اختتمت الجولة السادسة من المحادثات في فيينا يوم 20 يونيو 2021. "
            "وكان الوفد الأمريكي برئاسة روبرت مالي حاضرا في المدينة، لكن الوفد الإيراني رفض الجلوس معه.")
    c = ex.extract(DocInput("t", text, "ar", dt.date(2021, 6, 21)))[0]
    assert sorted(c.parties) == ["IRN", "USA"] and c.location_city == "Vienna" and c.char_end < 70
    # not from a sentence in another paragraph
    assert ex.extract(DocInput("t", text.replace(". ", ".\n\n", 1), "ar", dt.date(2021, 6, 21))) == []


def test_an_official_named_after_a_mention_mediates_for_his_organisation_not_his_state(ex):
    # the go-between named in the sentence after a further mention of the round: the EU he coordinates for,
    # not Spain, his country
    text = ("نخستین دور گفت‌وگوهای ایران و آمریکا از سه‌شنبه ۱۷ فروردین ۱۴۰۰ تا جمعه ۲۰ فروردین در وین برگزار شد. "
            "هیئت ایرانی با اعضای برجام نشست و هیئت آمریکایی در هتلی دیگر مستقر بود. "
            "انریکه مورا، هماهنگ‌کننده اتحادیه اروپا، پیشنهادها و پاسخ‌ها را میان دو هتل جابه‌جا می‌کرد.")
    meds = {(m.actor_id, m.mediation_role) for c in ex.extract(DocInput("t", text, "fa", dt.date(2021, 4, 19))) for m in c.mediators}
    assert meds == {("org:eu", "message_carrier"), ("person:enrique-mora", "message_carrier")}


def test_an_official_of_an_international_organisation_mediates_for_it(ex):
    c = one(ex, "انطلقت في فيينا يوم 6 أبريل 2021 محادثات غير مباشرة بين إيران والولايات المتحدة، "
                "وتولى منسق الاتحاد الأوروبي إنريكي مورا نقل الرسائل بين الوفدين.", pub="2021-04-07")
    assert sorted((m.actor_id, m.mediation_role, m.kind) for m in c.mediators) == [
        ("org:eu", "message_carrier", "organization"), ("person:enrique-mora", "message_carrier", "person")]
    assert c.location_country == "AUT" and "ESP" not in c.parties  # the venue is not the carrier; his country is no side


def test_talks_ending_without_progress_have_no_agreement(ex):
    c = one(ex, "انتهت في الدوحة يوم 29 يونيو 2022 جولة محادثات غير مباشرة بين إيران والولايات المتحدة من دون تحقيق التقدم المأمول.", pub="2022-07-01")
    assert c.outcome == "no_agreement"


def test_a_venue_gives_its_city_as_the_location(ex):
    c = one(ex, "ظریف و کری روز ۴ مهر ۱۳۹۲ در مقر سازمان ملل در نیویورک دیدار دوجانبه داشتند.", "fa", "2013-10-01")
    assert (c.location_city, c.location_country) == ("New York", "USA")


def test_the_most_active_mediation_role_near_a_state_wins(ex):
    c = one(ex, "أجرى وفدا إيران والولايات المتحدة محادثات غير مباشرة في مسقط يوم 12 أبريل 2025 استضافتها عُمان "
                "التي تنقّل وزير خارجيتها بين القاعتين.", pub="2025-04-13")
    assert ("OMN", "message_carrier") in [(m.actor_id, m.mediation_role) for m in c.mediators]


def test_a_sentence_dated_only_by_a_reported_contact_is_that_contact_again(ex):
    text = ("أجرى مسؤولون أمريكيون وإيرانيون في يناير 2024 محادثات غير مباشرة في سلطنة عمان. "
            "وتناولت المحادثات بين الجانبين الإيراني والأمريكي أمن الملاحة في البحر الأحمر.")
    a, b = ex.extract(DocInput("t", text, "ar", dt.date(2024, 3, 1)))
    assert b.rule.endswith(":context-date") and b.same_as == (a.char_start, a.char_end)


def test_now_is_not_dated_by_the_sentence_before(ex):
    text = ("أجرى مسؤولون أمريكيون وإيرانيون في يناير 2024 محادثات غير مباشرة في سلطنة عمان. "
            "وتتولى عمان حاليا نقل الرسائل بين إيران والولايات المتحدة.")
    assert len(ex.extract(DocInput("t", text, "ar", dt.date(2024, 3, 1)))) == 1


def test_a_question_is_not_a_report(ex):
    assert ex.extract(DocInput("t", "هل التقى مسؤولون إيرانيون وأمريكيون في مسقط يوم 12 أبريل 2025؟", "ar", dt.date(2025, 5, 1))) == []


def test_such_a_meeting_did_not_happen_denies_the_reported_one(ex):
    text = ("یک رسانه مدعی شد مقام‌های ایرانی و آمریکایی روز ۱۰ بهمن ۱۴۰۲ در صلاله با یکدیگر دیدار کرده‌اند. "
            "سخنگوی وزارت خارجه گفت: «چنین دیداری انجام نشده است.»")
    a, b = ex.extract(DocInput("t", text, "fa", dt.date(2024, 3, 1)))
    assert a.certainty == b.certainty == "denied" and b.same_as == (a.char_start, a.char_end)
    # a deal 'not reached' in the anaphor negates the outcome, not the contact
    text = "مذاکرات ایران و آمریکا روز ۱۸ آبان ۱۳۹۳ در مسقط برگزار شد. این مذاکرات به توافق نهایی نرسید."
    assert ex.extract(DocInput("t", text, "fa", dt.date(2015, 1, 1)))[0].certainty == "reported"


def test_several_third_states_carry_messages_only_when_named_near_the_message(ex):
    c = one(ex, "زعم موقع إخباري إيطالي معروف بتغطيته لشؤون الكنيسة أن دبلوماسيا رفيعا في دولة الفاتيكان نقل في نوفمبر 2024 "
                "رسائل شفهية بين مسؤولين إيرانيين وأمريكيين.", pub="2024-12-15")
    assert [(m.actor_id, m.mediation_role) for m in c.mediators] == [("VAT", "message_carrier")]
    # two states named together with the messages both carry them
    # (the day is the messages', not that of a statement about them: see test_the_day_before_a_verb_of_saying_is_the_statements)
    c = one(ex, "وقال ظريف إن سويسرا وعُمان نقلتا في أغسطس 2018 رسائل بين إيران والولايات المتحدة.", pub="2018-09-01")
    assert sorted((m.actor_id, m.mediation_role) for m in c.mediators) == [("CHE", "message_carrier"), ("OMN", "message_carrier")]


def test_a_mediation_cue_belongs_to_the_state_named_closest_to_it(ex):
    text = ("سه کوهنورد آمریکایی که در نزدیکی مرز عراق بازداشت شده بودند، روز ۲۳ شهریور ۱۳۸۹ با میانجیگری عمان "
            "از زندان اوین آزاد شدند.")
    c = one(ex, text, "fa", "2010-10-01")
    assert [(m.actor_id, m.mediation_role) for m in c.mediators] == [("OMN", "facilitator")]
    assert sorted(c.parties) == ["IRN", "USA"]  # Evin prison is Iran's custody


def test_a_call_with_a_third_state_about_iran_is_not_an_iran_us_contact(ex):
    text = ("بحث وزير الخارجية الأمريكي أنتوني بلينكن يوم 14 أبريل 2024 في اتصال هاتفي مع وزير الخارجية القطري "
            "التوتر مع إيران، وأشاد بجهود الوساطة القطرية.")
    assert ex.extract(DocInput("t", text, "ar", dt.date(2024, 4, 20))) == []
    c = one(ex, "أجرى وزير الخارجية الأمريكي جون كيري يوم 13 يناير 2016 اتصالا هاتفيا مع نظيره الإيراني محمد جواد ظريف.", pub="2016-01-20")
    assert c.event_type == "meeting"  # the principals on the line (see the phone-call test below)


def test_a_message_carried_on_a_trip_to_a_side_is_a_visit_there(ex):
    # codebook section 3: a mediator's trip to deliver a message is a visit (and 'his visit' is زيارته)
    c = one(ex, "حمل رئيس الوزراء الياباني رسالة من الرئيس الأمريكي إلى المرشد الإيراني خلال زيارته طهران يوم 13 يونيو 2019.")
    assert (c.event_type, c.location_city, c.location_country, c.format) == ("visit", "Tehran", "IRN", "indirect")
    c = one(ex, "مشاور امنیت ملی آمریکا روز ۴ خرداد ۱۳۶۵ به تهران سفر کرد و با مقام‌های ایرانی مذاکره کرد.", lang="fa")
    assert (c.event_type, c.location_city, c.format) == ("visit", "Tehran", "direct")  # no one between the sides


def test_a_trip_to_a_third_states_venue_for_talks_is_talks(ex):
    c = one(ex, "سافر المبعوث الأمريكي إلى مسقط يوم 5 مايو 2023 وأجرى محادثات غير مباشرة مع نائب وزير الخارجية الإيراني.")
    assert (c.event_type, c.location_country) == ("talks", "OMN")


def test_a_visit_that_would_happen_is_no_trip(ex):
    c = one(ex, "أجرى الوفدان الإيراني والأمريكي محادثات في 18 مايو 2025، وقال إن أي زيارة إلى إيران ستكون مشروطة.", pub="2025-06-09")
    assert c.event_type == "talks"


def test_a_later_sentence_about_the_contact_adds_its_topics_and_outcome(ex):
    cands = ex.extract(DocInput("t", "جان کری و محمدجواد ظریف روز ۱۸ آبان ۱۳۹۳ در مسقط گفت‌وگو کردند. موضوع این گفت‌وگوها آزادی زندانیان بود، اما به توافق نهایی نرسید.", "fa", None))
    assert {c.outcome for c in cands} == {"no_agreement"} and all(c.topics == {"prisoners"} for c in cands)


def test_a_sentence_about_what_came_after_the_contact_adds_no_topic(ex):
    cands = ex.extract(DocInput("t", "التقى وزير الخارجية الإيراني ونظيره الأمريكي في جنيف يوم 10 مايو 2024. وعقب هذا اللقاء تعرضت ناقلات النفط لهجمات في الخليج.", "ar", None))
    assert cands and all(not c.topics for c in cands)


def test_a_named_agreement_brings_its_subject(ex):
    c = one(ex, "وقّعت إيران والولايات المتحدة اتفاقيات الجزائر يوم 19 يناير 1981 بوساطة جزائرية.")
    assert c.event_type == "agreement" and {"prisoners", "sanctions"} <= c.topics


def test_a_state_said_to_be_absent_is_not_a_side(ex):
    text = "عُقد في إسطنبول أمس الجمعة اجتماع بين إيران وبريطانيا حول الملف النووي. وغاب أي تمثيل أمريكي عن الاجتماع."
    assert ex.extract(DocInput("t", text, "ar", dt.date(2025, 5, 17))) == []
    text = "عراقچی روز جمعه ۳۰ خرداد در ژنو با وزیر خارجه بریتانیا گفت‌وگو کرد. در این نشست هیچ نماینده‌ای از آمریکا حضور نداشت."
    assert ex.extract(DocInput("t", text, "fa", dt.date(2025, 6, 21))) == []


def test_an_interview_is_not_talks_and_its_day_is_not_a_contacts(ex):
    text = "دونالد ترامپ روز یکشنبه در گفت‌وگو با شبکه ان‌بی‌سی ایران را تهدید کرد."
    assert ex.extract(DocInput("t", text, "fa", dt.date(2025, 3, 31))) == []
    text = "پاسخ ایران به نامه ترامپ روز چهارشنبه از طریق عمان برای طرف آمریکایی ارسال شد. عراقچی روز پنجشنبه در گفت‌وگو با تلویزیون رسمی گفت این پاسخ شامل یک نامه است."
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2025, 3, 28)))
    assert [c.date_start for c in cands] == [dt.date(2025, 3, 26)]


def test_a_yearless_day_next_to_a_future_marker_is_not_last_years(ex):
    text = "وأكد بيان مشترك صدر عن الاتحاد الأوروبي أن الجولة المقبلة بين إيران والولايات المتحدة ستعقد في جنيف يوم 8 تشرين الثاني."
    assert ex.extract(DocInput("t", text, "ar", dt.date(2013, 10, 17))) == []


def test_a_contact_dated_only_to_a_decade_is_not_an_event(ex):
    text = "في منتصف ثمانينيات القرن الماضي، أدارت إدارة ريغان صفقات سرية لبيع أسلحة لإيران عبر وسطاء."
    assert ex.extract(DocInput("t", text, "ar", None)) == []


def test_purpose_and_was_to_be_are_not_contacts(ex):
    text = "أعلن وزير الخارجية الأمريكي يوم 21 مايو 2018 اثني عشر شرطاً للتوصل إلى اتفاق جديد مع إيران."
    assert ex.extract(DocInput("t", text, "ar", None)) == []
    text = "دور ششم گفت‌وگوهای ایران و آمریکا که قرار بود یکشنبه ۲۵ خرداد ۱۴۰۴ در مسقط برگزار شود لغو شد."
    assert ex.extract(DocInput("t", text, "fa", dt.date(2025, 6, 14))) == []


def test_a_meeting_on_the_next_day_of_a_visit_is_that_visit(ex):
    text = ("شینزو آبه روز چهارشنبه ۲۲ خرداد ۱۳۹۸ برای سفری دو روزه به تهران رفت و پیامی از آمریکا همراه داشت. "
            "او فردای آن روز در دیدار با آیت‌الله خامنه‌ای پیام دونالد ترامپ را تحویل داد.")
    cands = ex.extract(DocInput("t", text, "fa", None))
    assert {c.event_type for c in cands} == {"visit"} and len({c.same_as for c in cands if c.same_as}) <= 1
    assert {(c.date_start, c.date_end) for c in cands} == {(dt.date(2019, 6, 12), dt.date(2019, 6, 13))}


def test_a_sentence_dated_by_the_other_day_of_a_round_is_that_round(ex):
    text = ("انتهت أمس الجمعة في فيينا الجولة السابعة من المفاوضات بين إيران والولايات المتحدة، بعد خمسة أيام من الاجتماعات التي انطلقت يوم الاثنين 29 تشرين الثاني. "
            "وقدّم كبير المفاوضين الإيرانيين مسودتين نقلها منسق الاتحاد الأوروبي إلى الوفد الأمريكي.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2021, 12, 4)))
    assert len(cands) == 2 and cands[1].same_as == (cands[0].char_start, cands[0].char_end)
    assert {(c.date_start, c.date_end) for c in cands} == {(dt.date(2021, 11, 29), dt.date(2021, 12, 3))}


def test_that_same_day_is_the_day_of_the_date_before(ex):
    text = "روز شنبه ۲۶ دی ۱۳۹۴ ظریف و کری در وین دیدار کردند.\n\nهمان روز چهار زندانی آمریکایی در ایران آزاد شدند."
    cands = ex.extract(DocInput("t", text, "fa", None))
    assert {c.date_start for c in cands} == {dt.date(2016, 1, 16)} and "prisoner_release" in {c.event_type for c in cands}


def test_a_pardon_in_an_exchange_is_a_release(ex):
    c = one(ex, "روز دوشنبه ۲۷ شهریور ۱۴۰۲ پنج شهروند آمریکایی تهران را ترک کردند و هم‌زمان دولت آمریکا پنج ایرانی زندانی را عفو کرد.", lang="fa", pub=None)
    assert c.event_type == "prisoner_release" and c.date_start == dt.date(2023, 9, 18)


def test_a_state_said_absent_is_not_borrowed_from_a_later_sentence(ex):
    text = ("عراقچی روز جمعه ۳۰ خرداد ۱۴۰۴ در ژنو با وزیران خارجه فرانسه و بریتانیا گفت‌وگو کرد. در این نشست هیچ نماینده‌ای از آمریکا حضور نداشت. "
            "عراقچی گفت ایران با آمریکا مذاکره نخواهد کرد.")
    assert ex.extract(DocInput("t", text, "fa", None)) == []


def test_a_hearing_is_no_contact(ex):
    text = "کنگره آمریکا در سال ۱۹۸۷ جلسات استماع علنی درباره روابط با ایران برگزار کرد."
    assert ex.extract(DocInput("t", text, "fa", None)) == []


def test_a_protest_note_through_the_protecting_power_is_a_message(ex):
    c = one(ex, "استدعت الخارجية الإيرانية أمس الخميس السفير السويسري بصفته راعي المصالح الأمريكية، وسلمته مذكرة احتجاج رسمية موجهة إلى الحكومة الأمريكية.", pub="2019-06-21")
    assert c.event_type == "message_exchange" and [(m.actor_id, m.mediation_role) for m in c.mediators if m.kind == "state"] == [("CHE", "message_carrier")]


def test_prop_cue_groups_prefix_lookup_equals_the_scan():
    """RuleExtractor._has on a sentence's cue groups (a lookup in their dotted prefixes) says what the
    plain scan of the groups says, for every prefix of every group and other words."""
    from hypothesis import given, settings, strategies as st

    from pipeline.extract.rules import Hit, RuleExtractor, _cue_groups, lexicon

    names = sorted(lexicon().groups) + ["negation", "future", "weak_contact"]

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(names), max_size=8), st.lists(st.sampled_from(["state", "cue", "role"]), min_size=8, max_size=8))
    def check(keys, cats):
        cur = [(0, 1, Hit(cat, key, 0, 1, "t")) for key, cat in zip(keys, cats)]
        groups = _cue_groups(cur)
        plain = {h.key for _, _, h in cur if h.cat == "cue"}
        assert groups == plain
        for prefix in {p for g in names for p in [g, g.split(".")[0], ".".join(g.split(".")[:2]), g + "x", g[:-1]]}:
            assert RuleExtractor._has(groups, prefix) == any(g == prefix or g.startswith(prefix + ".") for g in plain)

    check()


def test_prop_fa_negated_verb_with_word_verdicts_equals_its_definition():
    """_fa_negated_verb (each word's verdict kept per word) says what reading the words one by one says."""
    from hypothesis import given, settings, strategies as st

    from pipeline.extract.rules import _FA_CLAUSE_END, _FA_NEG_VERB, _FA_NEG_WORDS, _fa_negated_verb

    def reference(text, at, max_words=8):
        for w in text[at : at + 120].split()[:max_words]:
            bare = w.strip("،؛,;.:!؟?«»\"()")
            if not bare:
                return False
            if bare in _FA_NEG_WORDS or _FA_NEG_VERB.fullmatch(bare):
                return True
            if bare in _FA_CLAUSE_END or bare != w:
                return False
        return False

    words = ["نشده", "نمیکنیم", "نکرد", "نیست", "انجام", "مذاکره", "که", "شد", "،", "«نشد»", "نشد.", "توافق", "با", "ایران", "(", "نبود", "میکنیم"]

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(words), max_size=12), st.sampled_from([" ", "  ", "\n"]), st.integers(0, 6))
    def check(ws, sep, at):
        text = sep.join(ws)
        assert _fa_negated_verb(text, at) == reference(text, at)

    check()


@pytest.mark.parametrize(
    "text, lang, pub, expected",
    [
        ("زعمت صحيفة أن مسؤولين إيرانيين وأمريكيين عقدوا لقاء في مسقط يوم 3 مارس 2024، دون أن يصدر تأكيد أو نفي من الطرفين.", "ar", "2024-03-10", "alleged"),
        # (unconfirmed by a side: alleged, codebook section 6 "did not confirm"; was `reported` before the seventeenth session)
        ("أفادت وكالة أن مسؤولين إيرانيين وأمريكيين عقدوا لقاء في مسقط يوم 3 مارس 2024، ولم تؤكد واشنطن ولم تنف ذلك.", "ar", "2024-03-10", "alleged"),
        ("نفت طهران أن يكون مسؤولون إيرانيون وأمريكيون قد عقدوا لقاء في مسقط يوم 3 مارس 2024.", "ar", "2024-03-10", "denied"),
        ("یک روزنامه مدعی شد مقام‌های ایرانی و آمریکایی روز ۱۰ بهمن ۱۴۰۲ در مسقط دیدار کردند و وزارت خارجه آن را نه تأیید و نه تکذیب کرد.", "fa", "2024-03-01", "alleged"),
    ],
)
def test_neither_confirmed_nor_denied_is_no_denial(ex, text, lang, pub, expected):
    assert one(ex, text, lang, pub).certainty == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("ایران و آمریکا روز ۱۹ مرداد ۱۴۰۲ بر سر مبادله زندانیان به توافق رسیدند. پنج زندانی آمریکایی و پنج زندانی ایرانی "
         "روز ۲۷ شهریور ۱۴۰۲ مبادله شدند. این توافق با میانجیگری قطر حاصل شده بود.", "fa"),
        ("توصلت إيران والولايات المتحدة في 10 أغسطس 2023 إلى اتفاق لتبادل السجناء. وأفرج عن خمسة أمريكيين وخمسة إيرانيين "
         "في 18 سبتمبر 2023. وقد تم التوصل إلى هذا الاتفاق بوساطة قطرية.", "ar"),
    ],
)
def test_this_deal_after_a_release_names_the_deal_not_the_release(ex, text, lang):
    deal, release, again = ex.extract(DocInput("t", text, lang, dt.date(2023, 10, 1)))
    assert (deal.event_type, release.event_type) == ("agreement", "prisoner_release")
    assert again.same_as == (deal.char_start, deal.char_end)
    # the mediator it names is its own mention's (codebook section 9)
    assert [(m.actor_id, m.mediation_role) for m in again.mediators] == [("QAT", "facilitator")] and deal.mediators == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("انسحب ترامب من الاتفاق النووي مع إيران في 8 مايو 2018.", "ar"),  # a withdrawal is no deal
        ("آمریکا روز ۱۸ اردیبهشت ۱۳۹۷ از برجام خارج شد.", "fa"),
        ("خروج آمریکا از برجام در اردیبهشت ۱۳۹۷ اعلام شد.", "fa"),
        ("قال ترامب يوم 20 نوفمبر 2024 إنه لا يريد حربا مع إيران بل اتفاقا أفضل.", "ar"),  # a wish
        ("روحانی روز ۲۳ تیر ۱۳۹۸ گفت ایران آماده است با آمریکا پای میز مذاکره بنشیند.", "fa"),  # readiness
        # Iran and the IAEA: the United States of the next sentence is not a side
        ("وقع وزير الخارجية الإيراني عباس عراقجي ورافائيل غروسي باسم الوكالة الدولية للطاقة الذرية أمس في القاهرة اتفاقا. "
         "وقالت الخارجية الأمريكية إنها تتابع ما جرى.", "ar"),
    ],
)
def test_no_contact_in_deals_as_objects_wishes_or_iran_iaea_deals(ex, text, lang):
    assert ex.extract(DocInput("t", text, lang, dt.date(2025, 9, 10))) == []


def test_reviving_the_deal_keeps_the_talks(ex):
    c = one(ex, "أجرى مسؤولون إيرانيون وأمريكيون محادثات غير مباشرة لإحياء الاتفاق النووي في فيينا يوم 6 أبريل 2021.")
    assert c.event_type == "talks"
    c = one(ex, "وقعت إيران والولايات المتحدة الاتفاق النووي في فيينا يوم 14 يوليو 2015، قبل أن تنسحب منه واشنطن في 2018.")
    assert c.event_type == "agreement"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("نمایندگان مجلس دیروز سه‌شنبه در جلسه علنی درباره مذاکره با آمریکا بحث کردند.", "fa"),
        ("وقال الوزير الإيراني خلال لقائه السفراء الأجانب في طهران أمس إن رسالة نقلت إلى واشنطن.", "ar"),
        ("رهبر انقلاب روز جمعه در دیدار جمعی از فرماندهان گفت مذاکره با آمریکا فایده‌ای ندارد.", "fa"),
    ],
)
def test_a_domestic_forum_is_no_contact(ex, text, lang):
    assert ex.extract(DocInput("t", text, lang, dt.date(2025, 4, 16))) == []


@pytest.mark.parametrize(
    "text",
    [
        "وكانت الجولة السادسة من المحادثات الإيرانية الأمريكية مقررة في مسقط يوم 15 يونيو 2025.",  # was scheduled
        "وكان خامنئي قد وصف، الثلاثاء الماضي، المطالب الأمريكية بأنها مبالغ فيها، مستبعدا أن تفضي المفاوضات إلى نتيجة.",  # an opinion's day
    ],
)
def test_scheduled_rounds_and_an_opinions_day_are_no_contact(ex, text):
    assert ex.extract(DocInput("t", text, "ar", dt.date(2025, 5, 24))) == []


@pytest.mark.parametrize(
    "text, lang",
    [
        # the meeting is the purpose of a trip still to come, however far from the future marker
        ("يتوجه رئيس الوزراء العراقي مصطفى الكاظمي إلى واشنطن للقاء الرئيس الأمريكي دونالد ترامب يوم الخميس بعد زيارته طهران.", "ar"),
        ("عراقچی برای مذاکره با استیو ویتکاف فرستاده ویژه رئیس‌جمهور آمریکا روز شنبه به مسقط خواهد رفت.", "fa"),
    ],
)
def test_a_contact_that_is_the_purpose_of_a_coming_trip_is_planned(ex, text, lang):
    assert ex.extract(DocInput("t", text, lang, dt.date(2025, 4, 10))) == []


def test_a_purpose_in_another_clause_than_the_future_marker_is_kept(ex):
    c = one(ex, "التقى عراقجي يوم 12 أبريل 2025 المبعوث الأمريكي ويتكوف لإجراء محادثات في مسقط، وسيزور روما الأسبوع المقبل.", pub="2025-04-14")
    assert c.date_start == dt.date(2025, 4, 12)


def test_a_past_trip_for_a_meeting_is_kept(ex):
    # the purpose alone is no future: with a past verb the meeting took place
    c = one(ex, "توجه وزير الخارجية الإيراني إلى جنيف يوم 10 مايو 2024 للقاء نظيره الأمريكي.")
    assert c.event_type == "meeting" and c.date_start == dt.date(2024, 5, 10)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("وقالت طهران يوم 5 يناير 2020 إنها سلمت رداً إيرانياً على رسالة سعودية نقلها العراق إلى واشنطن.", "ar"),
        ("ایران روز ۱۵ دی ۱۳۹۸ پاسخ خود به پیام عربستان را از طریق عراق به واشنطن فرستاد.", "fa"),
    ],
)
def test_a_third_states_own_message_is_no_message_between_the_sides(ex, text, lang):
    assert ex.extract(DocInput("t", text, lang, dt.date(2020, 1, 20))) == []


def test_a_message_of_a_side_named_by_its_adjective_is_kept(ex):
    c = one(ex, "وسلّم وزير الخارجية العماني يوم 3 مارس 2025 في طهران رسالة أمريكية إلى الحكومة الإيرانية.", pub="2025-03-10")
    assert c.event_type in ("message_exchange", "visit") and sorted(c.parties) == ["IRN", "USA"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("وبعد هجوم السابع من أكتوبر 2023، توصلت واشنطن والدوحة إلى تفاهم يمنع طهران من الوصول إلى الأموال.", "ar"),
        ("آمریکا و قطر روز ۲۰ مهر ۱۴۰۲ درباره دارایی‌های ایران به تفاهم رسیدند.", "fa"),
    ],
)
def test_a_side_and_a_third_state_named_as_a_pair_make_their_own_contact(ex, text, lang):
    assert ex.extract(DocInput("t", text, lang, dt.date(2023, 11, 1))) == []


def test_a_pair_after_a_mediation_word_mediates(ex):
    c = one(ex, "أجرت إيران والولايات المتحدة محادثات غير مباشرة يوم 3 مارس 2024 بوساطة قطر وعمان.")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_a_visit_to_a_third_state_borrows_no_side(ex):
    text = ("واتهم بومبيو إيران بالوقوف وراء الهجوم على الناقلات. "
            "وكان ترامب قد شجّع آبي على المهمة خلال زيارة الدولة التي قام بها إلى طوكيو الشهر الماضي.")
    assert ex.extract(DocInput("t", text, "ar", dt.date(2019, 6, 14))) == []


def test_a_go_betweens_visit_takes_the_other_side_from_the_next_paragraph(ex):
    text = ("اختتم رئيس الوزراء الياباني شينزو آبي، أمس الخميس، زيارة لطهران استمرت يومين التقى خلالها الرئيس حسن روحاني.\n\n"
            "ونقل آبي إلى المرشد علي خامنئي رسالة من الرئيس الأمريكي دونالد ترامب.")
    c = one(ex, text, pub="2019-06-14")
    assert c.event_type == "visit" and sorted(c.parties) == ["IRN", "USA"] and c.char_start == 0


@pytest.mark.parametrize(
    "text, lang",
    [
        # a phone call is between the people on the line: Qatar's PM and Iran's minister, not the United States
        ("وقال المتحدث إن واشنطن تتابع الوضع. وبحث رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني في اتصال هاتفي أمس مع عباس عراقجي التطورات في غزة.", "ar"),
        ("آمریکا نگران تنش است. گفت‌وگوی تلفنی دیروز محمد بن عبدالرحمن آل ثانی با عباس عراقچی به تحولات غزه اختصاص داشت.", "fa"),
    ],
)
def test_talks_on_the_phone_need_both_sides_on_the_line(ex, text, lang):
    assert ex.extract(DocInput("t", text, lang, dt.date(2025, 8, 13))) == []


def test_an_interview_with_an_indefinite_network_is_no_contact(ex):
    text = "عراقچی که هفته گذشته در گفت‌وگو با یک شبکه آمریکایی گفته بود درهای دیپلماسی بسته نیست، امروز در مجلس حضور نداشت."
    assert ex.extract(DocInput("t", text, "fa", dt.date(2025, 7, 2))) == []


def test_a_price_that_was_traded_is_no_deal(ex):
    text = "به گزارش دنیای اقتصاد، دلار آمریکا در بازار آزاد تهران امروز شنبه با افت محسوس معامله شد."
    assert ex.extract(DocInput("t", text, "fa", dt.date(2023, 8, 12))) == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("پس از هفتم اکتبر ۲۰۲۳ مقام‌های آمریکایی اعلام کردند با دولت قطر تفاهمی برای جلوگیری از دسترسی تهران به این منابع دارند.", "fa"),
        ("محمدجواد ظریف، وزیر امور خارجه ایران، یکشنبه ۱۹ ژوئیه ۲۰۲۰ در سفری به بغداد با الکاظمی دیدار کرد و درباره حضور آمریکا گفت‌وگو کرد.", "fa"),
        ("والتقى عراقجي يوم 12 مايو 2025 في الرياض مع نظيره السعودي لبحث المفاوضات مع الولايات المتحدة.", "ar"),
    ],
)
def test_a_contact_with_a_third_state_is_its_own(ex, text, lang):
    assert ex.extract(DocInput("t", text, lang, dt.date(2025, 5, 20))) == []


def test_with_a_side_keeps_the_contact(ex):
    c = one(ex, "التقى وزير الخارجية الإيراني يوم 10 مايو 2024 في جنيف مع نظيره الأمريكي بحضور مسؤول سويسري.")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_with_an_organisations_official_is_no_third_state(ex):
    # Solana acts for the EU: the round with the P5+1 stays a contact of the sides
    c = one(ex, "۲۹ تیر ۱۳۸۷: سعید جلیلی در ژنو با خاویر سولانا، مسئول سیاست خارجی اتحادیه اروپا، و نمایندگان گروه ۱+۵ گفت‌وگو کرد.", lang="fa", pub="2010-01-01")
    assert sorted(c.parties) == ["IRN", "USA"] and c.location_city == "Geneva"


def test_without_reaching_a_deal_is_an_outcome_not_a_deal(ex):
    text = ("انتهت أمس الاثنين في فيينا جولة من المحادثات غير المباشرة بين إيران والولايات المتحدة، "
            "استمرت أربعة أيام بدأت الخميس الماضي، من دون التوصل إلى اتفاق نهائي.")
    c = one(ex, text, pub="2022-08-09")
    assert c.event_type == "talks" and c.outcome == "no_agreement"


@pytest.mark.parametrize(
    "text, lang",
    [
        # 'between' names the parties: Iran and the E3, not the United States of the strikes
        ("عُقدت أمس الجمعة في إسطنبول جولة محادثات بين نواب وزراء خارجية إيران والترويكا الأوروبية، هي الأولى منذ الضربات الأمريكية.", "ar"),
        ("گفت‌وگوی میان ایران و آژانس بین‌المللی انرژی اتمی دیروز در قاهره پس از حملات آمریکا برگزار شد.", "fa"),
        # two people as a pair: Japan's and Iran's leaders
        ("وقال ترامب إنه يرحب بالوساطة. وكان آبي وروحاني قد التقيا في نيويورك في 25 سبتمبر 2019.", "ar"),
    ],
)
def test_a_pair_of_a_side_and_another_party_is_their_contact(ex, text, lang):
    assert ex.extract(DocInput("t", text, lang, dt.date(2025, 7, 26))) == []


def test_between_the_sides_and_the_p5_plus_1_is_kept(ex):
    c = one(ex, "عُقدت يوم 19 يوليو 2008 في جنيف جولة محادثات بين إيران ومجموعة 5+1 بمشاركة وليام بيرنز.", pub="2008-07-21")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_a_visit_to_a_third_state_with_its_leader_borrows_no_side(ex):
    text = ("وقال ترامب إن الضغط على إيران مستمر. "
            "واختتم الرئيس الإيراني حسن روحاني، أمس الجمعة، زيارة إلى طوكيو التقى خلالها رئيس الوزراء شينزو آبي.")
    assert ex.extract(DocInput("t", text, "ar", dt.date(2019, 12, 21))) == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("أعلن لاريجاني، أمس الخميس، أن بلاده توافق على إجراء محادثات مع الولايات المتحدة بشأن العراق.", "ar"),
        ("لاریجانی دیروز اعلام کرد ایران با انجام مذاکرات موافقت کرده است و موضوع آن فقط عراق و حضور آمریکا است.", "fa"),
    ],
)
def test_consent_to_hold_talks_is_no_contact(ex, text, lang):
    assert ex.extract(DocInput("t", text, lang, dt.date(2006, 3, 17))) == []


@pytest.mark.parametrize(
    "second",
    [
        "وجاء الاجتماع غداة خطاب ناري ألقاه ترامب أمام الجمعية العامة.",
        "وتزامنت المحادثات مع الخطاب الذي ألقاه نتنياهو أمام الكونغرس يوم الثلاثاء 3 مارس 2015.",
        "وانعقدت الجولة في ظل أجواء متوترة، إذ جاءت بعد نحو أسبوع من اغتيال عالم نووي في 29 نوفمبر 2014.",
    ],
)
def test_the_placing_formula_speaks_again_of_the_contact_reported(ex, second):
    first = "عقد وفدا إيران والولايات المتحدة محادثات في جنيف يوم 4 مارس 2015 بحضور مسؤولين من الجانبين. "
    cands = ex.extract(DocInput("t", first + second, "ar", dt.date(2015, 3, 6)))
    assert len(cands) == 2 and cands[1].same_as == (cands[0].char_start, cands[0].char_end)


def test_came_with_no_word_of_time_is_no_placing_formula():
    from pipeline.extract.rules import _placed, scan, lexicon
    from pipeline.text import normalize

    v = normalize("وجاء الرد الإيراني عبر القناة السويسرية.")
    cue = [h for h in scan(v, lexicon(), "ar") if h.cat == "cue" and h.key.startswith("event_types.")]
    assert cue and not any(_placed(v.text, h) for h in cue)


def test_the_two_countries_named_together_before_them_are_the_pair(ex):
    text = ("ولم تنجح وساطة الفاتيكان مع إيران. "
            "وتفخر الدبلوماسية الفاتيكانية بدورها في التقارب الأمريكي السعودي، حين استضاف الكرسي الرسولي "
            "في تشرين الأول/أكتوبر 2014 لقاءً سرياً بين وفدي البلدين.")
    assert ex.extract(DocInput("t", text, "ar", dt.date(2025, 6, 25))) == []


def test_the_two_countries_after_a_mediator_named_between_are_the_sides(ex):
    c = one(ex, "وزعمت صحيفة أن مسؤولين إيرانيين وأميركيين عقدوا لقاءً سرياً في الدوحة الشهر الماضي بوساطة قطرية، دون تأكيد من البلدين.")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_a_live_blog_entry_is_dated_by_the_blog(ex):
    text = ("10:05 — وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط صباح اليوم الأحد.\n"
            "12:30 — انطلقت رسمياً جولة المحادثات غير المباشرة بين الوفدين الإيراني والأمريكي بوساطة عُمانية.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2025, 5, 11)))
    talks = [c for c in cands if c.event_type == "talks"]
    assert talks and talks[0].date_start == dt.date(2025, 5, 11) and talks[0].date_text == "12:30"
    # with no publication date the time stamp dates nothing
    assert [c for c in ex.extract(DocInput("t", text, "ar", None)) if c.event_type == "talks"] == []


def test_an_attempt_to_free_hostages_is_no_release(ex):
    text = "شرعت إسرائيل في صيف 1985 بإرسال صواريخ إلى إيران بعلم من البيت الأبيض، في محاولة لفتح قناة والإفراج عن الرهائن الأمريكيين."
    assert ex.extract(DocInput("t", text, "ar", dt.date(2016, 11, 3))) == []


def test_talks_to_reach_a_deal_took_place(ex):
    # the aim of the talks is a deal still to come; the round itself ended
    c = one(ex, "نخستین دور مذاکرات ایران و ۱+۵ برای دستیابی به توافق جامع هسته‌ای که از سه‌شنبه ۲۹ بهمن ۱۳۹۲ در وین آغاز شده بود، پنجشنبه به پایان رسید.", lang="fa", pub="2014-02-22")
    assert c.event_type == "talks"


def test_a_deal_still_to_be_reached_is_no_deal(ex):
    assert none_in(ex, "واصل الجانبان يوم 12 مايو 2025 جهودهما للتوصل إلى اتفاق نووي.")


def test_a_bilateral_on_the_sidelines_of_the_round_is_that_round(ex):
    text = ("نخستین دور مذاکرات ایران و گروه ۱+۵ روز ۲۹ بهمن ۱۳۹۲ در وین آغاز شد و هیئت آمریکایی به سرپرستی وندی شرمن در آن حضور داشت.\n\n"
            "ظریف گفت کار آسانی پیش رو نیست. اشتون نیز از پیشرفت سخن گفت. کارشناسان هم حضور داشتند.\n\n"
            "ظریف و شرمن روز چهارشنبه نیز در حاشیه جلسات عمومی، نشستی دوجانبه برگزار کردند.")
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2014, 2, 22)))
    assert len(cands) == 2 and cands[1].same_as == (cands[0].char_start, cands[0].char_end)


def test_a_third_states_leader_meeting_a_side_is_their_contact(ex):
    text = ("دیدار این هفته فومیو کیشیدا، نخست‌وزیر ژاپن، با ابراهیم رئیسی در نیویورک این پرسش را زنده کرد که آیا ژاپن پلی میان تهران و واشنگتن است. "
            "رسانه‌های دو کشور از گفت‌وگو درباره همکاری‌های اقتصادی خبر دادند.")
    assert ex.extract(DocInput("t", text, "fa", dt.date(2023, 9, 21))) == []


def test_a_meeting_after_a_visit_out_of_scope_is_that_visit(ex):
    text = ("مایک پمپئو، وزیر خارجه آمریکا، دیروز دوشنبه وارد مسقط شد و با سلطان قابوس، پادشاه عمان، دیدار کرد. "
            "در این دیدار درباره امنیت کشتیرانی و فعالیت‌های ایران گفت‌وگو شد.")
    assert ex.extract(DocInput("t", text, "fa", dt.date(2019, 1, 15))) == []


def test_the_two_sides_of_a_live_blog_entry_are_the_headlines(ex):
    text = ("تغطية مباشرة | الجولة الرابعة من المحادثات الإيرانية الأمريكية في مسقط\n\n"
            "10:40 — قال مصدر إن المحادثات ستجري بالصيغة غير المباشرة.\n\n"
            "11:15 — انطلقت رسمياً جولة المحادثات الرابعة بين الجانبين وسط إجراءات أمنية مشددة.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2025, 5, 11)))
    assert [c.char_start for c in cands] == [text.index("11:15")] and sorted(cands[0].parties) == ["IRN", "USA"]


def test_the_two_sides_keep_their_own_paragraphs_names(ex):
    # the paragraph names Iran and Oman before 'the two countries': the headline's sides are not borrowed
    text = ("المحادثات الإيرانية الأمريكية تتعثر\n\n"
            "زار عراقجي مسقط والتقى البوسعيدي. واتفق البلدان يوم 12 مايو 2025 على توسيع التبادل التجاري.")
    assert ex.extract(DocInput("t", text, "ar", dt.date(2025, 5, 13))) == []


def test_a_contact_placed_in_an_era_is_not_dated_by_the_sentence_before(ex):
    text = ("برنز و سالیوان در مارس ۲۰۱۳ به مسقط سفر کردند و با هیئت ایرانی گفت‌وگو کردند. "
            "برخی ناظران می‌گویند عمان حتی در دوران احمدی‌نژاد نیز پیام‌هایی میان ایران و آمریکا رد و بدل کرده بود.")
    cands = ex.extract(DocInput("t", text, "fa", None))
    assert len(cands) == 1 and cands[0].date_start.year == 2013


def test_the_date_of_the_event_since_which_is_not_the_contacts(ex):
    # «منذ انسحاب واشنطن … عام 2018»: 2018 dates the withdrawal the talks are counted from
    assert none_in(ex, "وهذه أرفع محادثات بين إيران والولايات المتحدة منذ انسحاب واشنطن من الاتفاق النووي عام 2018.", pub=None)


def test_without_any_meeting_is_no_meeting(ex):
    text = "وفي أيلول/سبتمبر 1998 بقي الرئيس بيل كلينتون في قاعة الجمعية العامة ليستمع إلى خطاب خاتمي، من دون أن يجمعهما أي لقاء."
    assert none_in(ex, text, pub="2018-02-19")


def test_talks_without_a_deal_keep_the_talks(ex):
    c = one(ex, "أجرى وفدا إيران والولايات المتحدة محادثات في جنيف يوم 4 مارس 2015 من دون أن يتوصلا إلى اتفاق.", pub="2015-03-06")
    assert c.event_type == "talks"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("في الثالث من تشرين الثاني/نوفمبر 1986 صدر عدد من مجلة «الشراع» اللبنانية كشف أن ماكفارلين زار طهران سراً.", "ar"),
        ("ماجرا زمانی علنی شد که هفته‌نامه الشراع در ۱۲ آبان ۱۳۶۵ از سفر هیئت آمریکایی به تهران پرده برداشت.", "fa"),
    ],
)
def test_the_day_a_report_revealed_a_contact_is_not_its_date(ex, text, lang):
    assert ex.extract(DocInput("t", text, lang, dt.date(2016, 11, 3))) == []


def test_a_revealed_contact_keeps_its_own_date(ex):
    text = ("كشف موقع «أكسيوس»، في تقرير نشره أمس الجمعة، أن ماكغورك أجرى يوم الثلاثاء الماضي "
            "محادثات غير مباشرة مع مسؤولين إيرانيين في مسقط.")
    c = one(ex, text, pub="2024-05-18")
    assert c.date_start == dt.date(2024, 5, 14)


def test_the_date_of_the_next_round_to_be_announced_is_planned(ex):
    text = "18:40 — الخارجية العُمانية: سيُعلن عن موعد الجولة الخامسة من المحادثات الإيرانية الأمريكية لاحقاً."
    assert none_in(ex, text, pub="2025-05-11")


def test_a_round_and_the_day_it_had_begun_are_one_contact(ex):
    text = ("اختتمت في مونترو أمس الأربعاء جولة من المحادثات بين وزيري الخارجية الإيراني والأمريكي، "
            "كانت قد بدأت صباح الاثنين في فندق اختاره الوفدان بعيداً عن الصحافة.")
    assert len(ex.extract(DocInput("t", text, "ar", dt.date(2015, 3, 5)))) == 1


def test_meeting_a_third_states_leader_named_after_the_verb_is_theirs(ex):
    text = ("واختتم كيري محادثاته مع ظريف في مونترو يوم 4 مارس 2015. "
            "ومن مونترو توجّه كيري مباشرة إلى الرياض، حيث يلتقي اليوم الخميس العاهل السعودي الملك سلمان لطمأنته بشأن إيران.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2015, 3, 5)))
    assert len(cands) == 1 and cands[0].char_start == 0


def test_a_side_named_after_the_verb_is_its_subject(ex):
    c = one(ex, "التقى عراقجي يوم 12 أبريل 2025 في مسقط المبعوث الأمريكي ستيف ويتكوف.", pub="2025-04-14")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_the_deadline_to_complete_a_deal_is_no_deal(ex):
    text = "وقال كيري إن المهلة المحددة لإنجاز اتفاق إطار مع إيران نهاية الشهر الجاري ليست قابلة للتمديد."
    assert none_in(ex, text, pub="2015-03-05")


def test_extending_talks_before_the_deadline_is_kept(ex):
    text = ("أعلنت إيران ومجموعة 5+1 مساء أمس الاثنين في فيينا تمديد المفاوضات النووية سبعة أشهر، "
            "بعد أن عجزت الأطراف عن التوصل إلى اتفاق شامل قبل انتهاء المهلة المحددة.")
    assert len(ex.extract(DocInput("t", text, "ar", dt.date(2014, 11, 25)))) == 1


def test_a_settlement_reached_is_a_deal(ex):
    c = one(ex, "وتوصلت طهران وواشنطن في شباط/فبراير 1996 إلى تسوية أمام محكمة العدل الدولية في لاهاي.", pub=None)
    assert c.event_type == "agreement" and sorted(c.parties) == ["IRN", "USA"]


def test_a_list_of_signers_with_one_side_is_their_deal_and_its_apposition_too(ex):
    text = ("۲۷ اردیبهشت ۱۳۸۹: ایران، ترکیه و برزیل بیانیه تهران درباره مبادله سوخت را امضا کردند؛ "
            "توافقی که با میانجیگری اردوغان و لولا به دست آمد، اما واشنگتن آن را ناکافی خواند.")
    assert ex.extract(DocInput("t", text, "fa", None)) == []


def test_a_list_with_both_sides_keeps_the_contact(ex):
    c = one(ex, "مذاکرات سه‌روزه ایران، آمریکا، روسیه و فرانسه دوشنبه ۲۷ مهر ۱۳۸۸ در وین آغاز شد.", lang="fa", pub="2009-10-22")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_a_speech_read_as_a_message_is_no_message(ex):
    text = ("وكان الرئيس الأمريكي جورج بوش الأب قد أطلق في خطاب تنصيبه في كانون الثاني/يناير 1989 عبارته الشهيرة "
            "«حسن النية يولّد حسن النية»، في إشارة فهمها الإيرانيون على أنها رسالة موجهة إليهم.")
    assert none_in(ex, text, pub=None)


def test_a_release_takes_the_freeds_nationality_from_the_headline(ex):
    text = ("حين حطّت طائرة السلطان في مسقط: قصة المتنزهين الأمريكيين الثلاثة\n\n"
            "اعتُقل الثلاثة على الحدود. وفي 14 أيلول/سبتمبر 2010 أُطلق سراح سارة شورد من سجن إيفين بكفالة، في خطوة أُنجزت بوساطة عُمانية.")
    cands = ex.extract(DocInput("t", text, "ar", None))
    assert [c.event_type for c in cands] == ["prisoner_release"] and sorted(cands[0].parties) == ["IRN", "USA"]


def test_the_two_ambassadors_are_the_two_sides(ex):
    text = ("وفي 28 أيار/مايو 2007 التقى السفير الأمريكي رايان كروكر السفير الإيراني حسن كاظمي قمي في بغداد. "
            "وكان الجو متوتراً طوال الصيف. "
            "وفي 24 تموز/يوليو من العام نفسه عاد السفيران إلى مكتب المالكي في جولة ثانية أكثر توتراً.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2024, 2, 5)))
    assert [c.date_start for c in cands] == [dt.date(2007, 5, 28), dt.date(2007, 7, 24)]
    assert all(sorted(c.parties) == ["IRN", "USA"] for c in cands)


def test_a_travel_ban_is_no_trip(ex):
    assert none_in(ex, "وفي 27 يناير 2017 أصدر الرئيس الأمريكي قرار حظر السفر على مواطني إيران.", pub="2017-02-01")
    assert none_in(ex, "دونالد ترامب روز ۷ بهمن ۱۳۹۵ فرمان ممنوعیت سفر اتباع ایران به آمریکا را امضا کرد.", "fa", pub="2017-02-01")
    # (the dual and plural of 'banned from travelling')
    assert none_in(ex, "نقلت طائرة قطرية أمس من طهران إلى الدوحة ذوي الأمريكيين الذين كانوا ممنوعين من السفر.", pub="2023-09-19")
    # a trip is still one
    assert one(ex, "وفي 27 يناير 2017 بدأ وزير الخارجية الإيراني زيارة إلى واشنطن التقى خلالها نظيره الأمريكي.", pub="2017-02-01").event_type == "visit"


def test_a_contact_placed_by_a_dated_formula_with_none_reported_before_is_not_dated_by_it(ex):
    # 'the visit came weeks after the interview that … on 7 January 1998': the date is the interview's
    text = ("دخل مصارعون أمريكيون صالة آزادي في طهران. وجاءت الزيارة بعد أسابيع من المقابلة التي أجرتها شبكة أمريكية "
            "مع الرئيس الإيراني في السابع من كانون الثاني/يناير 1998.")
    assert none_in(ex, text, pub="2018-02-20")
    # 'comes after' (present) still places the contact and is kept as the other rules read it
    text = "وتأتي زيارة وزير الخارجية الإيراني إلى واشنطن للقاء نظيره الأمريكي بعد محادثات مسقط في 12 أبريل 2025."
    assert not none_in(ex, text, pub="2025-04-20")


def test_a_trip_is_a_visit_but_a_research_trip_is_not(ex):
    c = one(ex, "وكانت رحلة مستشار الأمن القومي الأمريكي السري إلى طهران في أيار/مايو 1986 قد انتهت دون نتيجة.", pub="1986-12-01")
    assert c.event_type == "visit" and c.date_start == dt.date(1986, 5, 1)
    assert none_in(ex, "وصل الباحث الأمريكي إلى طهران في ربيع 2016 في رحلة بحثية عن وثائق العهد القاجاري.", pub="2019-12-10")


def test_a_release_by_the_captors_is_not_the_two_sides(ex):
    text = "وفي أيلول/سبتمبر 1985، بعد شحنة السلاح الإيرانية الثانية عبر إسرائيل، أطلق الخاطفون في بيروت سراح القس الأمريكي."
    assert none_in(ex, text, pub="1986-11-20")
    # the same release negotiated between the sides is one
    text = "وفي أيلول/سبتمبر 1985 أفرجت إيران عن القس الأمريكي في إطار صفقة مع الولايات المتحدة."
    assert one(ex, text, pub="1986-11-20").event_type == "prisoner_release"


def test_the_day_after_a_report_came_out_is_not_a_contacts_date(ex):
    text = ("في الثالث من تشرين الثاني/نوفمبر 1986 صدر عدد من مجلة لبنانية حمل خبراً: مستشار الأمن القومي الأمريكي زار طهران سراً. "
            "وفي اليوم التالي أكد رئيس البرلمان الإيراني الخبر، وقال إن الوفد الأمريكي حمل هدايا.")
    assert none_in(ex, text, pub="2016-11-03")
    # the day after a contact's own date still reads
    text = "التقى وزير الخارجية الإيراني نظيره الأمريكي في جنيف في 3 نوفمبر 2015. وفي اليوم التالي عقد الوفدان الإيراني والأمريكي جلسة ثانية."
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2015, 11, 10)))
    assert dt.date(2015, 11, 4) in {c.date_start for c in cands}


def test_arrived_in_a_sides_capital_is_a_visit(ex):
    c = one(ex, "ففي أيلول/سبتمبر 1986 وصل إلى واشنطن سراً مسؤول في الحرس الثوري الإيراني والتقى مسؤولين أمريكيين.", pub="1996-11-03")
    assert c.event_type in ("visit", "meeting") and c.location_country == "USA" and c.date_start == dt.date(1986, 9, 1)


def test_the_meeting_named_again_with_its_day_is_the_contact_reported_with_a_season(ex):
    text = ("في ربيع 2007 استضافت الحكومة العراقية في بغداد أول لقاء علني بين سفيري الولايات المتحدة وإيران.\n\n"
            "س: وكيف جرى اللقاء؟\n"
            "ج: عُقد الاجتماع يوم الاثنين الثامن والعشرين من أيار/مايو 2007 في مكتب رئيس الوزراء.")
    cands = ex.extract(DocInput("t", text, "ar", None))
    assert len(cands) == 2 and cands[1].same_as == (cands[0].char_start, cands[0].char_end)
    assert {c.date_start for c in cands} == {dt.date(2007, 5, 28)} and cands[0].date_precision == "day"
    # a day outside the season is another contact, not this one made precise
    other = text.replace("أيار/مايو", "تموز/يوليو")
    cands = ex.extract(DocInput("t", other, "ar", None))
    assert [c.date_start for c in cands] == [dt.date(2007, 3, 1)]


def test_a_court_hearing_or_a_parliament_sitting_is_no_meeting(ex):
    assert none_in(ex, "وعقدت المحكمة جلسات الاستماع في أيلول/سبتمبر 2022، وتواجه فيها محامو إيران والولايات المتحدة.", pub="2023-03-31")
    assert none_in(ex, "صوّت مجلس النواب العراقي في جلسة استثنائية عقدها يوم 5 كانون الثاني/يناير 2020 على قرار بعد الغارة الأمريكية على القائد الإيراني.", pub="2020-01-06")


def test_no_meeting_between_the_sides_makes_the_summit_a_setting(ex):
    assert none_in(ex, "وفي أيلول/سبتمبر 2000 حضرت وزيرة الخارجية الأمريكية كلمة الرئيس الإيراني أمام قمة الألفية، لكن أي لقاء بين الوفدين لم يحدث.", pub="2022-03-24")
    assert none_in(ex, "في 25 آب/أغسطس 2019 وصل وزير الخارجية الإيراني إلى بياريتز على هامش قمة مجموعة السبع، من دون أي لقاء مع الوفد الأمريكي.", pub="2019-09-30")
    # 'no direct meeting' leaves the indirect talks
    c = one(ex, "عقد الوفدان الإيراني والأمريكي محادثات غير مباشرة في مسقط يوم 12 نيسان/أبريل 2025، ولم يحدث أي لقاء مباشر بينهما.", pub="2025-04-13")
    assert c.event_type == "talks"


def test_a_meeting_to_come_or_being_arranged_is_planned(ex):
    assert none_in(ex, "وفي 10 تموز/يوليو 2025 تترددت أسماء عواصم مرشحة لاستضافة لقاء مقبل بين إيران والولايات المتحدة.", pub="2025-07-10")
    text = "24 أيلول/سبتمبر 2019: على هامش الجمعية العامة في نيويورك، ماكرون يحاول ترتيب اتصال هاتفي بين ترامب وروحاني."
    assert none_in(ex, text, pub="2019-09-30")
    # an imperfect contact verb with 'today': the day's schedule
    text = "ويلتقي اليوم الثلاثاء 11 تشرين الثاني/نوفمبر 2014 في مسقط الوفدان الإيراني والأمريكي تمهيداً لجولة فيينا."
    assert none_in(ex, text, pub="2014-11-11")


def test_a_word_inside_a_longer_cue_of_another_kind_yields_to_it(ex):
    from pipeline.extract.rules import _outermost

    a, b = ("cue", "event_types.talks"), ("cue", "event_types.visit")
    from pipeline.extract.rules import Hit

    short, long_ = (10, 14, Hit(*a, 10, 14, "جوله", "ar")), (10, 23, Hit(*b, 10, 23, "جوله اقلیمیه", "ar"))
    assert _outermost([short, long_]) == [long_]
    same = (10, 23, Hit(*a, 10, 23, "جوله محادثات", "ar"))
    assert _outermost([short, same]) == [short, same]  # the same kind: both stay (one contact word)


def test_a_side_received_by_a_third_state_is_their_contact(ex):
    text = "واستقبلت الكويت في آذار/مارس 2019 وزير الخارجية الأمريكي مايك بومبيو ضمن جولة إقليمية بحث فيها التهديدات الإيرانية."
    assert none_in(ex, text, pub="2019-05-28")
    # a host receiving both sides hosts their contact
    c = one(ex, "واستقبلت مسقط يوم 12 نيسان/أبريل 2025 الوفدين الإيراني والأمريكي في جولة محادثات غير مباشرة.", pub="2025-04-13")
    assert c.event_type == "talks" and sorted(c.parties) == ["IRN", "USA"]


def test_a_term_a_deal_provided_for_is_no_release(ex):
    text = ("ووقعت إيران والولايات المتحدة في الجزائر يوم 19 كانون الثاني/يناير 1981 اتفاقاً. "
            "ونصّت الإعلانات على الإفراج عن الرهائن الأمريكيين مقابل رفع التجميد عن الأموال الإيرانية.")
    assert kinds(ex, text, pub="2021-01-19") == ["agreement"]


def test_a_third_states_leader_before_with_a_side_is_the_one_who_met_them(ex):
    text = ("عمران خان، نخست‌وزیر پاکستان، یکشنبه ۲۱ مهر ۱۳۹۸ در تهران با حسن روحانی دیدار کرد. "
            "او پیش‌تر گفته بود ترامب از او خواسته است میان ایران و آمریکا میانجیگری کند.")
    assert none_in(ex, text, "fa", pub="2019-10-20")


def test_a_persian_negated_bring_negates_the_table(ex):
    assert none_in(ex, "او در مقاله‌ای در سال ۲۰۱۹ نوشته بود که فشار حداکثری ایران را به میز مذاکره با آمریکا نمی‌آورد.", "fa", pub="2020-11-24")


def test_a_mutual_release_is_a_release(ex):
    text = ("مایکل وایت روز پنجشنبه ۱۵ خرداد ۱۳۹۹ در تهران آزاد شد. "
            "به گفته مقام‌های آمریکایی، این آزادی متقابل با پیام‌رسانی سفارت سوئیس میان ایران و آمریکا ممکن شد.")
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2020, 6, 5)))
    assert any(c.quote.startswith("به گفته") for c in cands) and {c.event_type for c in cands} == {"prisoner_release"}


def test_a_sporting_encounter_is_no_contact(ex):
    assert none_in(ex, "وفي مطلع عام 2000 التقى المنتخبان الإيراني والأمريكي ودياً في مدينة باسادينا الأمريكية.", pub="2022-11-30")
    assert none_in(ex, "در بهمن ۱۳۷۶ تیم کشتی آمریکا برای مسابقات جام تختی به تهران سفر کرد.", "fa", pub="2018-02-20")
    assert none_in(ex, "وفي عام 1998 زار فريق أمريكي للمصارعة طهران للمشاركة في بطولة دولية، في أول زيارة رياضية منذ الثورة.", pub="2022-11-30")


def test_a_cancelled_trip_or_stalled_talks_are_no_contact(ex):
    assert none_in(ex, "مایک پمپئو، وزیر خارجه آمریکا، هفته گذشته سفر خود به آلمان را لغو کرده و درباره ایران گفت‌وگو کرده بود.", "fa", pub="2019-05-12")
    assert none_in(ex, "وحين تسلّم وزير الخارجية الإيراني الحقيبة في آب/أغسطس 2021، وجد مفاوضات فيينا مع الأمريكيين متوقفة.", pub="2024-05-21")
    # the stalled talks resumed are a contact, and the article before 'stalled' is attributive
    c = one(ex, "واستؤنفت في فيينا يوم 29 تشرين الثاني/نوفمبر 2021 المفاوضات المتوقفة بين إيران والولايات المتحدة.", pub="2021-12-01")
    assert c.event_type == "talks"


def test_the_round_ending_in_the_next_sentence_is_that_round(ex):
    text = ("ثم استؤنفت العملية في فيينا يوم 29 تشرين الثاني/نوفمبر 2021 بجولة سابعة من المحادثات بين إيران والولايات المتحدة. "
            "وقدمت طهران مسودتين جديدتين، قبل أن تنتهي الجولة في 17 كانون الأول/ديسمبر.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2021, 12, 24)))
    assert cands[1].same_as == (cands[0].char_start, cands[0].char_end)
    assert (cands[0].date_start, cands[0].date_end) == (dt.date(2021, 11, 29), dt.date(2021, 12, 17))


def test_the_two_sides_after_a_question_naming_only_the_venue_are_the_headlines(ex):
    text = ("صورة «مصافحة عراقجي وويتكوف» في مسقط قديمة\n\nنص التحقق.\n\n"
            "ماذا حدث في مسقط؟ جرت الجولة الثالثة من المحادثات بين الجانبين يوم 26 نيسان/أبريل 2025 في مسقط بصيغة غير مباشرة.")
    c = one(ex, text, pub="2025-04-28")
    assert sorted(c.parties) == ["IRN", "USA"] and c.date_start == dt.date(2025, 4, 26)


def test_the_algiers_declarations_signed_are_a_deal(ex):
    text = "وفي 19 كانون الثاني/يناير 1981 وقّع كريستوفر في الجزائر العاصمة على «إعلانات الجزائر»، فيما وقّع عن الجانب الإيراني بهزاد نبوي."
    c = one(ex, text, pub="2021-01-19")
    assert c.event_type == "agreement" and c.location_country == "DZA"


def test_a_place_said_in_the_next_sentence_is_the_contacts(ex):
    text = ("أما رحلة مستشار الأمن القومي الأمريكي مع مسؤولين إيرانيين فجرت في أواخر أيار/مايو 1986. "
            "فقد حطّت في مطار مهرآباد طائرة تحمل الوفد الأمريكي الذي أجرى محادثات مع مسؤولين إيرانيين.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2016, 11, 3)))
    assert len(cands) == 2 and cands[1].same_as == (cands[0].char_start, cands[0].char_end)
    assert cands[0].location_city == "Tehran"


def test_a_trip_to_see_family_is_private(ex):
    assert none_in(ex, "وایت در تابستان ۱۳۹۷ هنگام سفر به مشهد برای دیدار با نامزد ایرانی‌اش بازداشت شد و آمریکا خواستار آزادی او شد.", "fa", pub="2020-06-05")


def test_signs_that_did_not_lead_to_talks_are_no_talks(ex):
    text = "در خرداد ۱۳۷۷ نشانه‌هایی از نرمش دیده شد، اما هیچ‌یک از این نشانه‌ها به گفت‌وگوی رسمی میان ایران و آمریکا نینجامید."
    assert none_in(ex, text, "fa", pub="2018-06-01")


def test_what_an_experience_showed_is_a_generality(ex):
    text = ("در دی ۱۳۹۴ ایران و آمریکا با میانجیگری سوئیس زندانیان خود را مبادله کردند. "
            "این تجربه نشان داد که حتی توافق‌های محدود میان ایران و آمریکا نیز شکننده است.")
    assert kinds(ex, text, "fa", pub="2020-02-01") == ["prisoner_release"]


def test_before_that_is_not_the_date_of_the_sentence_before(ex):
    text = ("شارك وزير الخارجية الأمريكي في اجتماع مجموعة 5+1 مع إيران في جنيف يوم 19 تموز/يوليو 2008. "
            "وقبل ذلك كله كانت هناك رسالة الرئيس الإيراني الشهيرة إلى الرئيس الأمريكي.")
    assert kinds(ex, text, pub="2020-01-01") == ["meeting"]


def test_a_third_states_leaders_visit_to_a_side_without_a_message_is_theirs(ex):
    text = "وأشار الباحث إلى زيارة رئيس الوزراء محمد شياع السوداني إلى طهران في تشرين الثاني/نوفمبر 2024، وإلى زيارته المرتقبة لواشنطن."
    assert none_in(ex, text, pub="2025-01-05")
    # carrying a message, it is the mediator's visit
    text = "وزار رئيس الوزراء محمد شياع السوداني طهران في تشرين الثاني/نوفمبر 2024 ونقل رسالة من واشنطن إلى القيادة الإيرانية."
    assert not none_in(ex, text, pub="2025-01-05")


def test_the_date_right_after_an_attack_is_the_attacks(ex):
    text = ("أجرى المبعوث الأمريكي يوم 14 أيار/مايو 2024 محادثات غير مباشرة مع مسؤولين إيرانيين في سلطنة عُمان. "
            "ونقل الموقع أن مسؤولين عُمانيين حملوا الرسائل بين الوفدين، وأن النقاش تركّز على التصعيد بعد الهجوم الإيراني على إسرائيل الشهر الماضي.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2024, 5, 18)))
    assert {c.date_start for c in cands} == {dt.date(2024, 5, 14)}


def test_a_meeting_of_an_organisation_without_the_other_side_is_not_theirs(ex):
    text = "عراقچی روز یکشنبه ۲ تیر ۱۴۰۴ در استانبول در نشست وزیران خارجه سازمان همکاری اسلامی حضور داشت و گفت آمریکا خط قرمز را شکسته است."
    assert none_in(ex, text, "fa", pub="2025-06-23")
    # the organisation as the mediator, in a clause after the round, leaves the round
    text = "وانطلقت في فيينا يوم 7 أيار/مايو 2021 الجولة الرابعة، التي يتنقل فيها منسق الاتحاد الأوروبي بين الوفد الإيراني والوفد الأمريكي."
    assert kinds(ex, text, pub="2021-05-10") == ["talks"]


def test_on_the_verge_of_a_call_is_no_call(ex):
    text = "در شهریور ۱۳۹۸ ماکرون تا آستانه برقراری یک تماس تلفنی میان حسن روحانی و دونالد ترامپ پیش رفت."
    assert none_in(ex, text, "fa", pub="2020-09-20")


def test_the_course_of_the_talks_is_no_contact(ex):
    text = ("سخنگوی کمیسیون امنیت ملی گفت عراقچی امروز ۲۳ اردیبهشت ۱۴۰۴ در جلسه این کمیسیون گزارشی از روند مذاکرات غیرمستقیم با آمریکا ارائه کرد. "
            "به گفته او، عراقچی در این جلسه جزئیات گفت‌وگوهای یکشنبه گذشته ایران و آمریکا در مسقط را تشریح کرد.")
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2025, 5, 13)))
    assert [c.quote[:7] for c in cands] == ["به گفته"] and cands[0].date_start == dt.date(2025, 5, 11)


@pytest.mark.parametrize(
    "text, lang, edtf",
    [
        ("دیدار ظریف و خلیلزاد در ۱۵ اسفند ۱۳۸۱ در ژنو بود. همان ماه، سفیر سوئیس در تهران پیامی از ایران را برای وزارت خارجه آمریکا فرستاد.", "fa", "2003-02-20/2003-03-20"),
        ("التقى ظريف وخليل زاد في جنيف يوم 6 آذار/مارس 2003. وفي الشهر نفسه نقل السفير السويسري في طهران رسالة من إيران إلى الخارجية الأمريكية.", "ar", "2003-03"),
        ("التقى ظريف وخليل زاد في جنيف يوم 6 آذار/مارس 2003. وفي العام نفسه نقل السفير السويسري في طهران رسالة من إيران إلى الخارجية الأمريكية.", "ar", "2003"),
    ],
)
def test_that_same_month_or_year_is_the_anchors_in_its_calendar(ex, text, lang, edtf):
    cands = ex.extract(DocInput("t", text, lang, None))
    assert cands[-1].event_type == "message_exchange" and cands[-1].date_edtf == edtf


def test_the_two_ambassadors_in_a_new_paragraph_are_the_last_contacts_sides(ex):
    text = ("سه دور گفت‌وگو در بغداد\n\nنخستین دور گفت‌وگوی سفیران ایران و آمریکا روز ۷ خرداد ۱۳۸۶ در بغداد برگزار شد.\n\n"
            "دومین دور، دوم مرداد همان سال، باز هم با حضور رودرروی دو سفیر در بغداد برگزار شد.")
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2017, 5, 28)))
    assert len(cands) == 2 and sorted(cands[1].parties) == ["IRN", "USA"] and cands[1].date_start == dt.date(2007, 7, 24)


def test_the_aim_of_the_two_sides_is_no_deal(ex):
    text = "یک مقام ارشد آمریکایی روز ۲۱ مهر ۱۳۸۸ گفت هدف دو طرف رسیدن به توافقی درباره سوخت راکتور تهران است."
    assert none_in(ex, text, "fa", pub="2009-10-22")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("وفي 20 كانون الثاني/يناير 1981 أقلعت من مطار مهرآباد طائرتان جزائريتان تقلان الرهائن الأمريكيين الاثنين والخمسين.", "ar"),
        ("روز ۳۰ دی ۱۳۵۹، ۵۲ گروگان آمریکایی دقایقی پس از پایان مراسم تحلیف ریگان با هواپیمای الجزایری تهران را ترک کردند.", "fa"),
    ],
)
def test_a_flight_carrying_the_hostages_out_is_their_release(ex, text, lang):
    c = one(ex, text, lang, pub="2021-01-20")
    assert c.event_type == "prisoner_release" and sorted(c.parties) == ["IRN", "USA"] and c.date_start == dt.date(1981, 1, 20)
    # a flight with no one held on board is no release
    assert none_in(ex, "وفي 20 كانون الثاني/يناير 1981 أقلعت من مطار مهرآباد طائرة تقل الوفد الأمريكي.", pub="2021-01-20")


def test_the_news_of_the_day_is_public_unless_called_secret(ex):
    c = one(ex, "عقد الوفدان الإيراني والأمريكي جولة محادثات غير مباشرة في مسقط يوم السبت 12 نيسان/أبريل 2025.", pub="2025-04-13")
    assert c.secrecy == "public"
    c = one(ex, "عقد الوفدان الإيراني والأمريكي جولة محادثات سرية في مسقط يوم السبت 12 نيسان/أبريل 2025.", pub="2025-04-13")
    assert c.secrecy == "secret"
    # a contact years before the article is not known to have been public at the time
    c = one(ex, "عقد الوفدان الإيراني والأمريكي جولة محادثات في جنيف في تشرين الأول/أكتوبر 2009.", pub="2025-04-13")
    assert c.secrecy == "unknown"


def test_the_topic_said_in_the_next_sentence_is_the_contacts(ex):
    text = ("أجرى المبعوث الأمريكي يوم 14 أيار/مايو 2024 محادثات غير مباشرة مع مسؤولين إيرانيين في سلطنة عُمان. "
            "وتركّز النقاش على البرنامج النووي الإيراني.")
    assert "nuclear" in ex.extract(DocInput("t", text, "ar", dt.date(2024, 5, 18)))[0].topics


def test_a_release_through_a_mediator_is_indirect(ex):
    c = one(ex, "أفرجت إيران يوم 18 أيلول/سبتمبر 2023 عن خمسة محتجزين أمريكيين بوساطة قطرية.", pub="2023-09-20")
    assert c.event_type == "prisoner_release" and c.format == "indirect"


def test_a_coordinator_carrying_the_proposals_mediates_for_his_organisation(ex):
    text = ("اختُتمت في فيينا يوم 2 حزيران/يونيو 2021 الجولة الخامسة من المحادثات بين إيران والولايات المتحدة، "
            "وتولى منسق الاتحاد الأوروبي إنريكي مورا نقل المقترحات بين الوفدين.")
    c = one(ex, text, pub="2021-06-03")
    assert c.format == "indirect" and ("org:eu", "message_carrier") in {(m.actor_id, m.mediation_role) for m in c.mediators}


def test_a_side_meeting_a_third_states_counterpart_is_their_meeting(ex):
    assert none_in(ex, "التقى عراقجي نظيره الإيطالي يوم 18 نيسان/أبريل 2025 وبحثا المحادثات الإيرانية الأمريكية.", pub="2025-04-20")
    text = ("وأعلن البيت الأبيض في 12 نيسان/أبريل 2025 جولة جديدة من المحادثات مع إيران. "
            "وعلى هامش زيارته روما، التقى عراقجي نظيره الإيطالي أنطونيو تاياني.")
    assert kinds(ex, text, pub="2025-04-20") == ["talks"]


def test_talks_said_to_be_off_the_agenda_are_a_statement(ex):
    text = "سخنگوی وزارت خارجه روز دوشنبه ۱۲ مهر گفت مذاکره با آمریکا در شرایط کنونی در دستور کار نیست."
    assert none_in(ex, text, "fa", pub="2020-10-05")
    assert none_in(ex, "وقال المتحدث يوم الاثنين 5 أكتوبر 2020 إن الحوار مع واشنطن ليس على جدول الأعمال حالياً.", pub="2020-10-06")
    # a judgement of negotiating in principle is a statement too
    text = ("از روز جمعه ۱۹ بهمن، نقل‌قولی منسوب به آیت‌الله خامنه‌ای دست‌به‌دست می‌شود که بر اساس آن، "
            "مذاکره با آمریکا «عاقلانه، هوشمندانه و شرافتمندانه نیست».")
    assert none_in(ex, text, "fa", pub="2025-03-01")
    # talks that took place are still one
    text = "سخنگوی وزارت خارجه گفت مذاکره غیرمستقیم با آمریکا روز دوشنبه ۱۲ مهر در مسقط برگزار شد."
    assert one(ex, text, "fa", pub="2020-10-05").event_type == "talks"


def test_a_side_met_by_no_one_is_not_borrowed_from_the_next_sentence(ex):
    # the visit to a third state; the next sentence says no American was met: no Iran–US contact
    text = ("وزیر خارجه ایران روز یکشنبه ۴ مرداد در سفری کوتاه به دوویل فرانسه رفت. "
            "او با هیچ مقام آمریکایی دیدار نکرد.")
    assert none_in(ex, text, "fa", pub="2020-07-27")
    text = "قام وزير الخارجية الإيراني يوم الأحد 26 تموز/يوليو بزيارة قصيرة إلى منتجع دوفيل الفرنسي. ولم يلتق أي مسؤول أمريكي هناك."
    assert none_in(ex, text, pub="2020-07-28")
    # an American named without 'no' is still borrowed
    text = ("وزیر خارجه ایران روز یکشنبه ۴ مرداد در سفری کوتاه به دوویل فرانسه رفت. "
            "او در آنجا با یک مقام آمریکایی گفت‌وگو داشت.")
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2020, 7, 27)))
    assert cands and all(sorted(c.parties) == ["IRN", "USA"] for c in cands)


def test_a_trip_in_which_no_official_was_met_is_no_contact(ex):
    text = ("رئیس‌جمهور پیشین ایران در شهریور ۱۳۸۵ به آمریکا سفر کرد و در دانشگاهی سخنرانی کرد؛ "
            "سفری که پربحث بود، اما او در آن با هیچ مقام دولتی آمریکا دیدار نکرد.")
    assert none_in(ex, text, "fa", pub="2016-05-08")
    # without the second clause the trip stays (the visit of a side to the other side's country)
    text = "رئیس‌جمهور پیشین ایران در شهریور ۱۳۸۵ به آمریکا سفر کرد و با وزیر خارجه آمریکا دیدار کرد."
    assert len(ex.extract(DocInput("t", text, "fa", dt.date(2016, 5, 8)))) == 1


def test_a_deal_dated_only_to_an_era_is_not_dated_by_another_clause(ex):
    text = ("معاهده‌ای که در دوران پهلوی میان ایران و آمریکا امضا شده بود، تا سال‌ها مبنای دعاوی بود، "
            "تا اینکه آمریکا در مهر ۱۳۹۷ خروج از آن را اعلام کرد.")
    assert none_in(ex, text, "fa", pub="2023-03-30")
    # a date of the signing clause itself still dates it
    text = "معاهده‌ای که در دوران پهلوی و در سال ۱۳۳۴ میان ایران و آمریکا امضا شده بود، همچنان مبنای دعاوی است."
    assert not none_in(ex, text, "fa", pub="2023-03-30")


def test_an_envoy_tasked_to_go_is_no_trip_yet(ex):
    text = ("چند روز پس از تصرف سفارت در آبان ۱۳۵۸، رئیس‌جمهور آمریکا دو فرستاده را مأمور کرد "
            "با پیامی به تهران بروند.")
    assert none_in(ex, text, "fa", pub="2021-04-11")


def test_a_deal_is_public_with_outcome_agreement_and_a_release_is_an_agreement_kept(ex):
    c = one(ex, "وقّع وزيرا خارجية إيران والولايات المتحدة الاتفاق في جنيف يوم 14 تموز/يوليو 2015.", pub="2015-07-20")
    assert (c.event_type, c.outcome, c.secrecy) == ("agreement", "agreement", "public")
    c = one(ex, "أفرجت إيران عن ثلاثة مواطنين أمريكيين يوم 16 كانون الثاني/يناير 2016 مقابل إفراج واشنطن عن سبعة إيرانيين.", pub="2019-01-01")
    assert (c.event_type, c.outcome) == ("prisoner_release", "agreement")
    # a deal the text calls secret stays secret
    c = one(ex, "وقّع مسؤولون إيرانيون وأمريكيون اتفاقاً سرياً في جنيف يوم 3 آذار/مارس 2011.", pub="2019-01-01")
    assert c.secrecy == "secret"


def test_the_merged_event_of_a_deal_is_public_and_an_agreement():
    import pandas as pd

    from pipeline.extract.base import Candidate, assemble

    d = dt.date(2015, 7, 14)
    common = dict(rule="r", confidence=0.7, date_start=d, date_end=d, date_precision="day", date_edtf=d.isoformat(), location_country="AUT", location_city="Vienna", parties=frozenset({"IRN", "USA"}))
    talks = Candidate(doc_id="d", char_start=0, char_end=10, quote="talks ended", event_type="talks", outcome="partial", **common)
    deal = Candidate(doc_id="d", char_start=20, char_end=30, quote="deal signed", event_type="agreement", **common)
    actors = pd.DataFrame({"actor_id": ["IRN", "USA", "AUT"], "name_en": ["Iran", "United States", "Austria"]})
    ev = assemble([talks, deal], actors)["events"]
    assert len(ev) == 1
    assert (ev["event_type"][0], ev["outcome"][0], ev["secrecy"][0]) == ("agreement", "agreement", "public")
    # talks alone keep what their mention says
    ev = assemble([talks], actors)["events"]
    assert (ev["outcome"][0], ev["secrecy"][0]) == ("partial", "unknown")


def test_a_mediator_keeps_one_role_the_most_active_and_shares_it_with_its_official():
    import pandas as pd

    from pipeline.extract.base import ActorRef, Candidate, assemble

    d = dt.date(2025, 4, 12)
    common = dict(rule="r", confidence=0.7, event_type="talks", date_start=d, date_end=d, date_precision="day", date_edtf=d.isoformat(),
                  location_country="OMN", location_city="Muscat", parties=frozenset({"IRN", "USA"}))
    oman = lambda role: ActorRef("OMN", "Oman", "عمان", "state", "OMN", mediation_role=role)  # noqa: E731
    minister = ActorRef("person:badr-albusaidi", "Badr Albusaidi", "البوسعيدي", "person", "OMN", mediation_role="message_carrier")
    hosted = Candidate(doc_id="d", char_start=0, char_end=10, quote="hosted", mediators=[oman("host")], **common)
    carried = Candidate(doc_id="d", char_start=20, char_end=30, quote="carried", mediators=[oman("facilitator"), minister], **common)
    actors = pd.DataFrame({"actor_id": ["IRN", "USA", "OMN", "person:badr-albusaidi"], "name_en": ["Iran", "United States", "Oman", "Badr Albusaidi"]})
    t = assemble([hosted, carried], actors)
    assert len(t["events"]) == 1
    # host, facilitator and (through its minister) message carrier: one row, the most active role (codebook section 9)
    assert sorted(zip(t["mediators"]["actor_id"], t["mediators"]["mediation_role"])) == [("OMN", "message_carrier"), ("person:badr-albusaidi", "message_carrier")]
    # a mention alone keeps what it says
    t = assemble([hosted], actors)
    assert list(zip(t["mediators"]["actor_id"], t["mediators"]["mediation_role"])) == [("OMN", "host")]


def test_the_outcome_from_the_next_sentences(ex):
    text = ("التقى مساعد وزير الخارجية الأمريكي بأمين المجلس الأعلى للأمن القومي الإيراني في جنيف يوم 19 تموز/يوليو 2008. "
            "وانتهى الاجتماع من دون التوصل إلى اتفاق.")
    assert one(ex, text, pub="2008-07-25").outcome == "no_agreement"
    text = ("عقد مسؤولون إيرانيون وأمريكيون جولة محادثات غير مباشرة في مسقط يوم 12 نيسان/أبريل 2025. "
            "وقال المتحدث إن الجانبين اتفقا على مواصلة المحادثات الأسبوع المقبل.")
    assert one(ex, text, pub="2025-04-13").outcome == "partial"
    text = ("دور تازه گفت‌وگوهای ایران و آمریکا روز شنبه ۲۳ فروردین ۱۴۰۴ در مسقط برگزار شد. "
            "عراقچی گفت دو طرف توافق کردند دو گروه کاری کارشناسی تشکیل شود.")
    assert one(ex, text, "fa", pub="2025-04-13").outcome == "partial"


def test_talks_of_both_sides_officials_with_no_one_between_them_are_direct(ex):
    c = one(ex, "أجرى جون كيري ومحمد جواد ظريف محادثات في جنيف يوم 13 كانون الثاني/يناير 2014 حول البرنامج النووي.", pub="2014-01-20")
    assert c.format == "direct"
    c = one(ex, "جان کری و محمدجواد ظریف روز ۲۳ دی ۱۳۹۲ در ژنو درباره برنامه هسته‌ای گفت‌وگو کردند.", "fa", pub="2014-01-20")
    assert c.format == "direct"
    # a mediator between them makes no direct contact of it
    c = one(ex, "نقل وزير الخارجية العماني رسالة من وزير الخارجية الأمريكي جون كيري إلى محمد جواد ظريف يوم 26 أيلول/سبتمبر 2013.", pub="2013-10-01")
    assert c.format != "direct"


def test_the_go_between_named_in_the_next_sentence_is_the_rounds_mediator(ex):
    from pipeline.extract.base import assemble
    import pandas as pd

    actors = pd.DataFrame({"actor_id": ["IRN", "USA"], "name_en": ["Iran", "United States"]})
    text = ("دور تازه گفت‌وگوهای ایران و آمریکا روز سه‌شنبه ۱۷ فروردین ۱۴۰۰ در وین آغاز شد. "
            "انریکه مورا، هماهنگ‌کننده اتحادیه اروپا، پیام‌ها را میان دو هتل جابه‌جا می‌کرد.")
    ev = assemble(ex.extract(DocInput("t", text, "fa", dt.date(2021, 4, 8))), actors)
    assert len(ev["events"]) == 1 and ev["events"]["format"][0] == "indirect"
    assert sorted(zip(ev["mediators"]["actor_id"], ev["mediators"]["mediation_role"])) == [
        ("org:eu", "message_carrier"), ("person:enrique-mora", "message_carrier")]
    # the mediator row points to the mention that names him
    m = ev["mediators"][ev["mediators"]["actor_id"] == "person:enrique-mora"].iloc[0]
    assert "مورا" in ev["mentions"].set_index("mention_id").loc[m["mention_id"], "quote"]
    # 'who did not meet face to face' does not stop it; a go-between for a round still to come is not this one's
    text = ("عقدت إيران والولايات المتحدة جولة محادثات في فيينا يوم 27 كانون الأول/ديسمبر 2021. "
            "وتنقّل منسق الاتحاد الأوروبي إنريكي مورا بين الوفدين اللذين لم يلتقيا وجهاً لوجه.")
    ev = assemble(ex.extract(DocInput("t", text, "ar", dt.date(2021, 12, 30))), actors)
    assert "person:enrique-mora" in set(ev["mediators"]["actor_id"])
    text = ("عقدت إيران والولايات المتحدة جولة محادثات في فيينا يوم 27 كانون الأول/ديسمبر 2021. "
            "ومن المقرر أن يتولى منسق الاتحاد الأوروبي إنريكي مورا نقل الرسائل في الجولة المقبلة.")
    ev = assemble(ex.extract(DocInput("t", text, "ar", dt.date(2021, 12, 30))), actors)
    assert "person:enrique-mora" not in set(ev["mediators"]["actor_id"])


def test_the_country_that_qualifies_the_venue_is_no_host(ex):
    c = one(ex, "أجرى وزيرا خارجية إيران والولايات المتحدة محادثات في مدينة لوزان السويسرية يوم 30 آذار/مارس 2015.", pub="2015-04-05")
    assert c.location_country == "CHE" and c.mediators == []
    c = one(ex, "دو طرف روز ۱۰ فروردین ۱۳۹۴ در لوزان سوئیس درباره برنامه هسته‌ای ایران و آمریکا مذاکره کردند.", "fa", pub="2015-04-05")
    assert c.location_country == "CHE" and c.mediators == []
    # the host named as acting still is one
    c = one(ex, "واستضافت سويسرا محادثات بين إيران والولايات المتحدة في لوزان يوم 30 آذار/مارس 2015.", pub="2015-04-05")
    assert [(m.actor_id, m.mediation_role) for m in c.mediators] == [("CHE", "host")]


def test_a_date_that_qualifies_a_document_is_not_the_contacts(ex):
    text = "ويطرح الاتفاق بين إيران والولايات المتحدة سؤالاً عن علاقته بحكم المحكمة الصادر في 24 أيار/مايو 1980."
    assert none_in(ex, text, pub="2020-01-01")
    text = "توافق ایران و آمریکا با رأی دیوان صادره در ۱۰ فروردین ۱۴۰۲ چه نسبتی دارد؟ این پرسش هنوز باز است."
    assert none_in(ex, text, "fa", pub="2023-04-05")
    # a dated signing is still one
    assert one(ex, "وقعت إيران والولايات المتحدة الاتفاق في الجزائر في 19 كانون الثاني/يناير 1981.", pub="2020-01-01").event_type == "agreement"


def test_a_deal_between_a_third_state_and_another_borrows_no_side(ex):
    text = ("التقى المبعوث الأمريكي وزير الخارجية الإيراني في جنيف عام 1995. "
            "وفي عام 1996 أسهم الدبلوماسي في التمهيد لاتفاق خاسافيورت بين موسكو والانفصاليين الشيشان.")
    assert [c.date_start.year for c in ex.extract(DocInput("t", text, "ar", dt.date(2020, 1, 1)))] == [1995]


def test_a_safeguards_agreement_named_is_not_concluded(ex):
    text = "اعتمد مجلس المحافظين يوم الخميس 12 حزيران/يونيو 2025 قراراً يعلن أن إيران لا تفي بالتزاماتها بموجب اتفاق الضمانات مع الولايات المتحدة."
    assert none_in(ex, text, pub="2025-06-13")


def test_a_contact_a_person_led_when_he_held_a_post_is_dated_by_that_era(ex):
    text = ("وقال جليلي، الذي قاد المفاوضات مع الأمريكيين حين كان أميناً للمجلس الأعلى للأمن القومي، "
            "إن انسحاب ترامب من الاتفاق عام 2018 أثبت موقفه.")
    assert none_in(ex, text, pub="2024-07-02")


def test_an_offer_to_arrange_an_encounter_is_no_encounter(ex):
    text = "البيت الأبيض عرض ترتيب مصافحة بين الرئيسين الأمريكي والإيراني يوم الثلاثاء 24 أيلول/سبتمبر 2013، لكن الإيرانيين اعتذروا."
    assert none_in(ex, text, pub="2013-09-28")


def test_a_deal_that_is_the_aim_of_a_reported_contact_leaves_the_contact(ex):
    text = ("جرت المكالمة الهاتفية بين الرئيس الأمريكي باراك أوباما والرئيس الإيراني حسن روحاني يوم الجمعة 27 أيلول/سبتمبر 2013، "
            "ووجّها فريقيهما إلى العمل بسرعة للتوصل إلى اتفاق.")
    c = one(ex, text, pub="2013-09-28")
    assert c.event_type != "agreement" and c.date_start == dt.date(2013, 9, 27)
    # the aim alone is still no deal
    assert none_in(ex, "وتسعى إيران والولايات المتحدة للتوصل إلى اتفاق قبل نهاية أيلول/سبتمبر 2013.", pub="2013-09-01")


def test_a_dated_heading_line_dates_the_paragraph_it_heads(ex):
    text = ("تقویم تاریخ امروز\n\n"
            "□ ۱۲ تیر ۱۳۸۶: نشست ایران و آمریکا در بغداد\n"
            "سفیران ایران و آمریکا در دفتر نخست‌وزیر عراق درباره امنیت عراق گفت‌وگو کردند.")
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2017, 7, 3)))
    assert cands and all(c.date_start == dt.date(2007, 7, 3) for c in cands)
    assert any("سفیران" in c.quote for c in cands)
    # a quoted remark on its own line is no heading: the round on the next line is its own contact
    text = ("بدأت المفاوضات بين إيران والولايات المتحدة في مسقط.\n"
            "وأضاف المتحدث: «مفاوضات اليوم مجرد بداية.»\n"
            "وقد بدأت المفاوضات اليوم السبت في العاصمة العمانية بين الوفد الأمريكي والوفد الإيراني.")
    assert [c.date_start for c in ex.extract(DocInput("t", text, "ar", dt.date(2025, 4, 12)))] == [dt.date(2025, 4, 12)]
    # a headline's date does not date the first paragraph
    text = ("خلاصه اخبار امروز | شنبه ۱۸ اسفند ۱۴۰۳\n\n"
            "ترامپ در گفت‌وگو با یک شبکه تلویزیونی از نامه‌اش به رهبر ایران سخن گفت.")
    assert none_in(ex, text, "fa", pub="2025-03-08")


def test_an_agreement_to_resume_talks_is_the_outcome_of_the_meeting_before(ex):
    text = ("ظریف و کری روز ۴ مهر ۱۳۹۲ در نیویورک دیدار کردند. "
            "دو طرف توافق کردند مذاکرات هسته‌ای ۲۳ و ۲۴ مهر در ژنو از سر گرفته شود.")
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2017, 9, 27)))
    assert [c.event_type for c in cands] == ["meeting"] and cands[0].outcome == "partial"


def test_an_envoys_title_is_no_trip(ex):
    text = ("عراقچی امروز جمعه ۲۲ فروردین عازم مسقط می‌شود. "
            "استیو ویتکاف، فرستاده ویژه رئیس‌جمهور آمریکا، ریاست هیئت آمریکایی را بر عهده خواهد داشت.")
    assert none_in(ex, text, "fa", pub="2025-04-11")


def test_a_session_of_a_standing_body_is_not_the_sides_contact(ex):
    text = ("مستند صحنه‌هایی از نشست ۲۳ تیر ۱۳۶۷ شورای امنیت را نشان می‌دهد که در آن وزیر خارجه ایران "
            "و معاون رئیس‌جمهور آمریکا سخن گفتند.")
    assert none_in(ex, text, "fa", pub="2024-07-03")
    text = "عقد مجلس الأمن الدولي جلسة يوم 20 تموز/يوليو 1987 تحدث فيها مندوبا إيران والولايات المتحدة."
    assert none_in(ex, text, pub="2024-07-03")


def test_signed_by_a_named_signer_on_a_deals_text_is_a_deal(ex):
    text = "في 19 كانون الثاني/يناير 1981 وقّع نائب وزير الخارجية الأمريكي وارن كريستوفر في الجزائر على التزامات بلاده تجاه إيران."
    assert one(ex, text, pub="2001-01-19").event_type == "agreement"
    # 'signed an executive order' and 'happened' are no deal
    assert none_in(ex, "وفي 8 أيار/مايو 2018 وقّع الرئيس الأمريكي دونالد ترامب أمراً تنفيذياً بإعادة العقوبات على إيران.", pub="2019-01-01")


def test_what_a_message_says_is_its_content_not_a_hypothetical_message(ex):
    text = ("وفي الرابع من أيار/مايو 2003 أرسل السفير السويسري في طهران إلى وزارة الخارجية الأمريكية وثيقة إيرانية "
            "أرفقها برسالة قال فيها إنها تعكس استعداد القيادة الإيرانية لبحث كل الملفات.")
    assert one(ex, text, pub="2020-01-12").event_type == "message_exchange"
    # a message still to be sent is hypothetical
    assert none_in(ex, "وقد يرسل السفير السويسري رسالة من واشنطن إلى طهران في أيار/مايو 2003.", pub="2003-04-01")


def test_that_a_second_meeting_took_place_is_another_contact(ex):
    text = ("عقد مسؤولون أمريكيون وإيرانيون محادثات غير مباشرة في مسقط في كانون الثاني/يناير 2024. "
            "ونقلت صحيفة عن مصدر أن لقاءً ثانياً، مباشراً هذه المرة، جمع المسؤولين الأمريكيين والإيرانيين في مسقط في شباط/فبراير 2024.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2024, 3, 1)))
    assert sorted({(c.date_start.month, c.same_as is None) for c in cands}) == [(1, True), (2, True)]


def test_a_clause_after_a_semicolon_that_names_the_clause_before_takes_it_as_evidence(ex):
    text = ("در نوامبر ۱۹۹۱، آمریکا پذیرفت ۲۷۸ میلیون دلار بابت تجهیزات نظامی به ایران بپردازد؛ "
            "توافقی که در چارچوب دیوان داوری دعاوی ایران و آمریکا حاصل شد.")
    c = one(ex, text, "fa", pub="2021-12-01")
    assert c.event_type == "agreement" and c.quote.startswith("در نوامبر ۱۹۹۱")


def test_the_venue_is_the_one_nearest_the_contact_word(ex):
    text = ("في أعقاب التفجير الذي استهدف سفارة أجنبية في بغداد قبل أسبوعين وأثار موجة واسعة من الإدانات الدولية والإقليمية، "
            "التقى مسؤولون إيرانيون وأمريكيون في جنيف يوم 3 آذار/مارس 2024 لبحث الملف النووي.")
    c = one(ex, text, pub="2024-03-10")
    assert (c.location_city, c.location_country) == ("Geneva", "CHE")


def test_the_deal_named_again_with_the_article_is_the_same_whatever_place_the_sentence_names(ex):
    text = ("وقّعت إيران والولايات المتحدة الاتفاق في الجزائر يوم 19 كانون الثاني/يناير 1981. "
            "ويتكون الاتفاق من إعلانين أنشأ ثانيهما محكمة تحكيم إيرانية أمريكية في لاهاي.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2001, 1, 19)))
    assert len(cands) == 2 and cands[1].same_as == (cands[0].char_start, cands[0].char_end)
    assert {c.location_city for c in cands} == {"Algiers"}
    # 'the round ended … a new round was held in Moscow' keeps the new round apart
    text = ("استضافت بغداد يومي 23 و24 أيار/مايو 2012 جولة مفاوضات جلس فيها الوفد الأمريكي مع الوفد الإيراني. "
            "وانتهت الجولة دون اتفاق، واكتفى المشاركون بتحديد موعد لجولة جديدة عُقدت في موسكو يومي 18 و19 حزيران/يونيو من العام نفسه.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2013, 1, 1)))
    assert {c.location_city for c in cands if c.same_as is None} == {"Baghdad", "Moscow"}


def test_a_release_that_an_appeal_is_for_is_no_release(ex):
    text = ("وفي تشرين الثاني/نوفمبر 1979 نقل السفير البابوي إلى الخميني نداءً من البابا للإفراج عن الرهائن الأمريكيين "
            "المحتجزين في طهران.")
    assert none_in(ex, text, pub="2019-11-04")
    text = "سفیر سوئیس در آبان ۱۳۵۸ برای آزادی گروگان‌های آمریکایی در تهران با مقام‌های ایرانی تماس گرفت."
    assert all(c.event_type != "prisoner_release" for c in ex.extract(DocInput("t", text, "fa", dt.date(2019, 11, 4))))
    # a release that took place still is one
    assert one(ex, "وأفرجت إيران عن الرهائن الأمريكيين في 20 كانون الثاني/يناير 1981.", pub="2019-11-04").event_type == "prisoner_release"


def test_the_clause_after_a_semicolon_speaks_of_the_third_party_deal_before_it(ex):
    text = ("اعلامیه تهران را که در اردیبهشت ۱۳۸۹ با برزیل و ترکیه امضا کردیم، آمریکایی‌ها نپذیرفتند؛ "
            "آن یک توافق سه‌جانبه بود و ربطی به مذاکرات ژنو نداشت.")
    assert none_in(ex, text, "fa", pub="2015-01-01")


def test_a_round_with_the_p5_plus_1_is_about_the_nuclear_file(ex):
    c = one(ex, "نشست وزیران خارجه ایران و گروه ۱+۵ با حضور جان کری روز ۴ مهر ۱۳۹۲ در نیویورک برگزار شد.", "fa", pub="2013-09-27")
    assert "nuclear" in c.topics


def test_a_contact_whose_text_names_no_subject_takes_the_headlines(ex):
    text = ("محادثات فيينا لإحياء الاتفاق النووي تدخل أسبوعها الثاني\n\n"
            "عقد الوفدان الإيراني والأمريكي جولة جديدة من المحادثات غير المباشرة في فيينا يوم الثلاثاء 27 كانون الأول/ديسمبر 2021.")
    c = one(ex, text, pub="2021-12-30")
    assert c.topics == frozenset({"nuclear"})
    # a sentence that names its own subject keeps it
    text = ("محادثات فيينا لإحياء الاتفاق النووي تدخل أسبوعها الثاني\n\n"
            "عقد الوفدان الإيراني والأمريكي محادثات غير مباشرة بشأن تبادل السجناء في فيينا يوم الثلاثاء 27 كانون الأول/ديسمبر 2021.")
    assert one(ex, text, pub="2021-12-30").topics == frozenset({"prisoners"})


def test_an_exchange_of_a_detained_person_is_a_release(ex):
    text = ("وفي السابع من كانون الأول/ديسمبر 2019 جرى في مطار زيورخ تبادل الباحث الأمريكي شيوي وانغ "
            "بالعالم الإيراني مسعود سليماني.")
    assert one(ex, text, pub="2020-06-05").event_type == "prisoner_release"
    # exchanged accusations, trade or a VSO subject are no release
    assert none_in(ex, "وفي 7 كانون الأول/ديسمبر 2019 تبادل الإيرانيون والأمريكيون الاتهامات في مجلس الأمن.", pub="2020-06-05")
    assert none_in(ex, "وارتفع التبادل التجاري بين إيران والولايات المتحدة عام 2019.", pub="2020-06-05")


def test_mainstream_news_distractors(ex):
    # a side meeting its counterparts of third states (plural) is their meeting, not the other side's
    text = ("عقد مسؤولون إيرانيون وأمريكيون محادثات غير مباشرة في مسقط يوم السبت 14 حزيران/يونيو 2025. "
            "وكان عراقجي قد التقى نظراءه الفرنسي والبريطاني والألماني في جنيف الجمعة 20 حزيران/يونيو 2025.")
    assert [c.date_start.day for c in ex.extract(DocInput("t", text, "ar", dt.date(2025, 6, 24)))] == [14]
    # a third state's leader who visited a side's capital
    text = ("التقى عراقجي وويتكوف في مسقط في نيسان/أبريل 2025. "
            "وكان رئيس الوزراء العراقي محمد شياع السوداني قد زار واشنطن في نيسان/أبريل 2024 والتقى الرئيس جو بايدن.")
    assert [c.date_start.year for c in ex.extract(DocInput("t", text, "ar", dt.date(2025, 5, 1)))] == [2025]
    # 'no date or place was set for any talks', the negated verb further before 'any'
    text = ("وقال المتحدث باسم الخارجية الإيرانية اليوم الثلاثاء 24 حزيران/يونيو 2025 إنه «لم يُحدد أي موعد أو مكان لأي محادثات» "
            "مع الأمريكيين، مضيفاً أن الثقة تضررت بعد هجوم وقع في خضم المسار التفاوضي.")
    assert none_in(ex, text, pub="2025-06-24")
    # 'open to a deal' and 'has always carried messages' are no contacts
    assert none_in(ex, "وقال ترامب في 4 شباط/فبراير 2025 إنه منفتح على اتفاق مع طهران.", pub="2025-02-10")
    assert none_in(ex, "ولطالما نقلت سويسرا رسائل بين طهران وواشنطن في 2020.", pub="2025-02-10")


def test_calling_for_or_wanting_a_deal_is_no_contact(ex):
    text = "رئیس‌جمهور آمریکا روز چهارشنبه ۲۴ اردیبهشت ۱۴۰۴ خواهان توافق با ایران بود."
    assert none_in(ex, text, "fa", pub="2025-05-15")
    text = "مقام‌های اسرائیلی روز چهارشنبه ۲۴ اردیبهشت ۱۴۰۴ خواستار توقف مذاکرات ایران و آمریکا شدند."
    assert none_in(ex, text, "fa", pub="2025-05-15")


def test_every_or_some_contacts_are_a_generality(ex):
    text = "مع كل جولة تفاوض جديدة بين طهران وواشنطن في عام 2025 يُستعاد تاريخ طويل."
    assert none_in(ex, text, pub="2025-06-01")
    text = "بعض تلك الاتصالات بين إيران والولايات المتحدة عام 1986 كان سرياً."
    assert none_in(ex, text, pub="2025-06-01")
    text = "در هر دیدار ایران و آمریکا در سال ۱۴۰۴ این موضوع مطرح شد."
    assert none_in(ex, text, "fa", pub="2025-06-01")
    # a dated round is still one
    assert one(ex, "جرت جولة تفاوض بين طهران وواشنطن في مسقط في 12 نيسان/أبريل 2025.", pub="2025-06-01")


def test_a_date_between_a_verb_of_publishing_and_the_contact_is_the_reports(ex):
    text = ("في 25 أيار/مايو 1986 وصل إلى طهران مستشار الأمن القومي الأمريكي روبرت ماكفارلين في مهمة سرية. "
            "وبعد أشهر، نشرت مجلة «الشراع» اللبنانية في 3 تشرين الثاني/نوفمبر 1986 تفاصيل الرحلة.")
    assert {c.date_start for c in ex.extract(DocInput("t", text, "ar", None))} == {dt.date(1986, 5, 25)}
    # ... unless the contact is what the date is during
    text = "صورة نشرتها وكالة أنباء في آذار/مارس 2015، خلال المفاوضات النووية بين ظريف وكيري في لوزان."
    assert one(ex, text, pub="2025-06-01").date_start == dt.date(2015, 3, 1)


def test_a_secret_mission_is_a_trip(ex):
    text = ("في 25 أيار/مايو 1986 هبطت في مطار مهرآباد بطهران طائرة تقل مستشار الأمن القومي الأمريكي "
            "روبرت ماكفارلين في مهمة سرية.")
    assert one(ex, text, pub=None).event_type == "visit"


def test_a_clause_headed_by_it_is_scheduled_is_future(ex):
    text = "ومن المقرر أن تحتضن مسقط يوم السبت 12 نيسان/أبريل 2025 جولة جديدة بين عراقجي وويتكوف."
    assert none_in(ex, text, pub=None)
    text = "قرار است روز شنبه ۲۳ فروردین ۱۴۰۴ در مسقط دور تازه مذاکرات عراقچی و ویتکاف برگزار شود."
    assert none_in(ex, text, "fa", pub=None)


def test_released_with_the_day_between_verb_and_person(ex):
    text = "أُفرج أمس الخميس عن الجندي الأمريكي مايكل وايت في إيران بوساطة سويسرية."
    assert one(ex, text, pub="2020-06-05").event_type == "prisoner_release"


def test_not_part_of_any_deal_is_no_deal(ex):
    text = ("أما العالم الإيراني سيروس أصغري، الذي عاد إلى طهران الأربعاء الماضي بعد ترحيله من الولايات المتحدة، "
            "فقد نفى مسؤولون أمريكيون أن يكون ترحيله جزءاً من أي صفقة.")
    assert none_in(ex, text, pub="2020-06-05")


def test_so_often_heads_its_clause(ex):
    text = ("ولطالما نقل السفراء السويسريون في طهران رسائل بين العاصمتين في لحظات التوتر، كما أطلقت برن مطلع العام "
            "آلية للتجارة الإنسانية مع إيران والولايات المتحدة.")
    assert none_in(ex, text, pub="2020-06-05")


def test_open_to_a_deal_behind_a_quote_mark(ex):
    text = "وقال ترامب في 4 شباط/فبراير 2025 إنه «منفتح» على اتفاق مع طهران."
    assert none_in(ex, text, pub="2025-02-20")


def test_days_later_is_not_the_date_before(ex):
    text = ("وكان ترامب قد وقّع في الرابع من شباط/فبراير الجاري مذكرة رئاسية ضد إيران. "
            "وردّ المرشد الإيراني بعد أيام بأن التفاوض مع الولايات المتحدة «ليس حكيماً».")
    assert none_in(ex, text, pub="2025-02-20")


def test_a_trip_whose_meetings_are_with_a_third_state(ex):
    text = ("وقال وزير الخارجية الإيراني عباس عراقجي، الذي يزور موسكو ويلتقي الرئيس فلاديمير بوتين اليوم الاثنين، "
            "إن الولايات المتحدة «قررت تفجير الدبلوماسية».")
    assert none_in(ex, text, pub="2025-06-23")
    # a trip in which the other side is met stays
    text = "زار عراقجي مسقط اليوم الاثنين والتقى المبعوث الأمريكي ستيف ويتكوف."
    assert one(ex, text, pub="2025-06-23")


def test_talks_that_seem_something_are_assessed(ex):
    text = "تبدو مفاوضات إحياء الاتفاق النووي بين إيران والولايات المتحدة اليوم أبعد عن خط النهاية."
    assert none_in(ex, text, pub="2022-09-05")


def test_a_date_before_after_the_deal_dates_what_followed(ex):
    text = ("سجّل الريال الإيراني اليوم السبت تحسناً ملحوظاً في السوق الحرة، وذلك في أول يوم عمل يلي الإعلان عن "
            "اتفاق بين طهران وواشنطن يقضي بتبادل سجناء.")
    assert none_in(ex, text, pub="2023-08-12")
    # the contact word before 'after' keeps the day
    text = "أفرجت إيران اليوم السبت عن سجناء أمريكيين بعد اتفاق مع واشنطن."
    assert ex.extract(DocInput("t", text, "ar", dt.date(2023, 8, 12)))[0].date_start == dt.date(2023, 8, 12)


def test_waiting_for_a_round_is_future(ex):
    text = "معامله‌گران که از روز پنجشنبه ۲۸ فروردین ۱۴۰۴ منتظر اخبار دومین دور گفت‌وگوهای ایران و آمریکا بودند، دلار فروختند."
    assert none_in(ex, text, "fa", pub="2025-04-19")


def test_the_terms_of_a_deal_are_no_deal(ex):
    text = "ترامپ امروز پنجشنبه ۲۵ اردیبهشت ۱۴۰۴ مدعی شد که ایران «به نوعی» با شرایط توافق با آمریکا موافقت کرده است."
    assert none_in(ex, text, "fa", pub="2025-05-15")


def test_a_delegation_bound_for_a_third_state_is_travel(ex):
    text = ("معامله‌گران با شنیدن خبر رسیدن هیئت ایرانی به رم در روز پنجشنبه ۲۸ فروردین ۱۴۰۴ دلار فروختند. "
            "هیئت آمریکایی نیز به ریاست استیو ویتکاف راهی رم شده است.")
    assert none_in(ex, text, "fa", pub="2025-04-19")


def test_a_statement_made_during_a_sides_own_trip(ex):
    text = "دونالد ترامپ، رئیس‌جمهور آمریکا، دیروز پنجشنبه ۲۵ اردیبهشت ۱۴۰۴ در جریان سفر منطقه‌ای خود گفت که ایران باید تصمیم بگیرد."
    assert none_in(ex, text, "fa", pub="2025-05-16")


def test_an_envoy_for_iran_affairs_is_a_title_not_a_trip(ex):
    text = ("وب‌سایت اکسیوس روز چهارشنبه به نقل از دو مقام آمریکایی گزارش داد که ابرام پیلی، فرستاده موقت آمریکا در امور "
            "ایران، سه‌شنبه گذشته در عمان با مقام‌های ایرانی گفت‌وگوی غیرمستقیم داشته است.")
    assert [(c.event_type, c.date_start) for c in ex.extract(DocInput("t", text, "fa", dt.date(2024, 5, 16)))] == [
        ("talks", dt.date(2024, 5, 14))]
    text = "قال المبعوث الأمريكي بالإنابة أبرام بيلي يوم الأربعاء 15 أيار/مايو 2024 إن واشنطن تراقب إيران."
    assert none_in(ex, text, pub="2024-05-16")


def test_the_round_that_produced_a_deal_is_the_deal(ex):
    text = ("أعلنت إيران ومجموعة 5+1 مساء أمس الخميس 2 نيسان/أبريل 2015 في مدينة لوزان السويسرية التوصل إلى تفاهم على "
            "المعايير الرئيسية لاتفاق نووي بين إيران والولايات المتحدة. "
            "وكانت الجولة قد انطلقت في 26 مارس الماضي بمشاركة وزير الخارجية الأمريكي جون كيري ونظيره الإيراني محمد جواد ظريف.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2015, 4, 3)))
    assert {(c.event_type, c.date_start, c.date_end) for c in cands} == {("agreement", dt.date(2015, 3, 26), dt.date(2015, 4, 2))}
    # 'the previous round' is another contact
    text = text.replace("وكانت الجولة قد انطلقت", "وكانت الجولة السابقة قد انطلقت")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2015, 4, 3)))
    assert {c.event_type for c in cands} == {"agreement", "talks"}


def test_an_outlet_meeting_a_source_is_an_interview(ex):
    text = "با دیپلماتی که در آن سال‌ها در تیم ایران در برابر آمریکا حضور داشت، روز ۵ آذر ۱۴۰۰ به گفت‌وگو نشسته‌ایم."
    assert none_in(ex, text, "fa", pub="2021-11-27")


def test_a_flight_number_is_no_trip(ex):
    text = ("أطلق الطراد الأمريكي «فينسنس» في 3 تموز/يوليو 1988 صاروخين على طائرة إيرانية في رحلتها رقم 655 "
            "بين إيران ودبي.")
    assert none_in(ex, text, pub="2018-07-03")


def test_releases_that_an_effort_or_an_appeal_is_for(ex):
    text = ("تحدث الرئيس بوش مطلع عام 1989 في إشارة فُهمت على أنها دعوة إيران إلى المساعدة في الإفراج عن الرهائن "
            "الأمريكيين.")
    assert none_in(ex, text, pub="2018-07-03")
    text = "ناشد البابا الإمام الخميني في تشرين الثاني/نوفمبر 1979 الإفراج عن الرهائن الأمريكيين في إيران."
    assert none_in(ex, text, pub="2025-04-22")
    text = "مک‌فارلین در سال ۱۹۸۶ در طرحی که هدفش آزادی گروگان‌های آمریکایی در لبنان از راه فروش سلاح به ایران بود نقش داشت."
    assert none_in(ex, text, "fa", pub="2022-05-14")


def test_not_even_once(ex):
    text = "هیئت‌های ایران و آمریکا در سال ۱۳۵۹ حتی یک بار رودررو ننشستند."
    assert none_in(ex, text, "fa", pub="2021-01-18")


def test_reached_its_final_signing(ex):
    text = "متنی که هفته‌ها میان تهران و واشنگتن دست‌به‌دست شده بود روز ۲۹ دی ۱۳۵۹ به امضای نهایی رسید."
    assert one(ex, text, "fa", pub="2021-01-18").event_type == "agreement"
    text = ("التقت «الشرق الأوسط» دبلوماسياً سويسرياً متقاعداً عمل سنوات في رعاية المصالح الأمريكية في إيران، "
            "في 20 نيسان/أبريل 2020.")
    assert none_in(ex, text, pub="2020-04-25")


def test_landed_a_trip_to_the_general_assembly_a_company_contract_and_not_negotiation(ex):
    text = ("هواپیمای دولت سوئیس که چهار زندانی ایرانی-آمریکایی را حمل می‌کرد، دیروز یکشنبه ۲۷ دی ۱۳۹۴ از تهران برخاست و "
            "شامگاه در ژنو به زمین نشست.")
    assert all(c.event_type != "meeting" for c in ex.extract(DocInput("t", text, "fa", dt.date(2016, 1, 18))))
    text = "سفر پزشکیان به نیویورک در ۳ مهر ۱۴۰۳ نخستین حضورش در مجمع عمومی سازمان ملل در آمریکا بود."
    assert none_in(ex, text, "fa", pub="2024-09-26")
    text = "در اسفند ۱۳۷۳ شرکت ملی نفت ایران با شرکت آمریکایی کونوکو برای توسعه میدان‌های نفتی قرارداد بست."
    assert none_in(ex, text, "fa", pub="2024-09-26")
    text = "تماس‌های ایران و آمریکا در سال ۱۳۷۴ نشانه بود، نه مذاکره."
    assert none_in(ex, text, "fa", pub="2024-09-26")


@pytest.mark.parametrize("text, pub", [
    # 'rejected any negotiation'
    ("وكان المرشد علي خامنئي قد جدّد أمس الأحد رفضه أي تفاوض مع الولايات المتحدة.", "2019-11-04"),
    # a future verb, then the visit word speaking of it again
    ("ويلفت محللون إلى أن بايدن سيزور إسرائيل والسعودية منتصف الشهر الجاري، وأن أي تقدم مع طهران قبل الزيارة كان سيُحرجه.",
     "2022-07-01"),
    # 'negotiating' as an adjective
    ("تراهن طهران في 30 حزيران/يونيو 2022 على أن النفط يعزز موقعها التفاوضي أمام الولايات المتحدة.", "2022-07-01"),
    # a third state freed them
    ("أعلن ترامب اليوم الأربعاء أن بومبيو عائد من بيونغيانغ برفقة ثلاثة أمريكيين أفرجت عنهم كوريا الشمالية، "
     "بعد أيام من انسحابه من الاتفاق مع إيران.", "2018-05-09"),
])
def test_retrospective_distractors(ex, text, pub):
    assert none_in(ex, text, pub=pub)



def test_a_numbered_round_in_the_body_takes_the_sides_of_the_lead(ex):
    text = ("تحلیل | دور ششم در مسقط\n\n"
            "دور ششم گفت‌وگوهای غیرمستقیم ایران و آمریکا قرار است یکشنبه آینده در مسقط برگزار شود.\n\n"
            "برای فهم وضعیت کنونی باید به گذشته بازگشت. در دور چهارم که ۲۱ اردیبهشت ۱۴۰۴ در مسقط برگزار شد، "
            "وزیر خارجه عمان پیام‌های دو هیئت را میان سالن‌های جداگانه جابه‌جا کرد.")
    assert [c.date_start for c in ex.extract(DocInput("t", text, "fa", dt.date(2025, 6, 10)))] == [dt.date(2025, 5, 11)]
    # a round of sanctions is no round of talks
    text = text.replace("در دور چهارم که ۲۱ اردیبهشت ۱۴۰۴ در مسقط برگزار شد، وزیر خارجه عمان پیام‌های دو هیئت را میان سالن‌های جداگانه جابه‌جا کرد.",
                        "دور دوم تحریم‌ها ۲۱ اردیبهشت ۱۴۰۴ اجرا شد.")
    assert none_in(ex, text, "fa", pub="2025-06-10")


def test_what_the_talks_did_not_need_or_yield_is_negated_not_the_talks(ex):
    text = ("لم تحتج محادثات الدوحة غير المباشرة بين إيران والولايات المتحدة، يومي 28 و29 حزيران/يونيو 2022، "
            "إلى أكثر من يومين لتكشف عمق الفجوة.")
    assert one(ex, text, pub="2022-07-01").event_type == "talks"
    assert none_in(ex, "لم تعقد محادثات بين إيران والولايات المتحدة في 29 حزيران/يونيو 2022.", pub="2022-07-01")


def test_the_day_of_a_claim_is_the_claims(ex):
    text = ("زعمت صحيفة تركية معارضة، اليوم الاثنين، أن وزير الخارجية التركي نقل رسالة شفهية من ستيف ويتكوف إلى عباس "
            "عراقجي خلال لقاء جمعهما في إسطنبول يوم السبت الماضي.")
    assert {c.date_start for c in ex.extract(DocInput("t", text, "ar", dt.date(2025, 6, 23)))} == {dt.date(2025, 6, 21)}


def test_a_sidelines_meeting_months_after_is_another_contact(ex):
    text = ("کری در اسفند ۱۳۹۱ ویلیام برنز را به مسقط فرستاد تا با هیئتی ایرانی دیدار کند. "
            "کری می‌نویسد که در ۲۶ سپتامبر ۲۰۱۳، در حاشیه نشست وزیران خارجه ۱+۵ در نیویورک، با محمدجواد ظریف "
            "حدود نیم ساعت جداگانه گفت‌وگو کرد.")
    cands = ex.extract(DocInput("t", text, "fa", None))
    assert dt.date(2013, 9, 26) in {c.date_start for c in cands} and all(c.same_as is None for c in cands)


def test_an_interim_deal_reached_is_a_deal_and_its_round_sessions_are_its_contact(ex):
    text = ("توصلت إيران والولايات المتحدة إلى اتفاق مرحلي في جنيف في ختام جولة امتدت بين 20 و24 تشرين الثاني/نوفمبر 2013. "
            "والتقى كيري وظريف في جنيف يوم 23 تشرين الثاني/نوفمبر 2013 مرات عدة.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2013, 11, 25)))
    assert [(c.event_type, c.date_edtf) for c in cands] == [("agreement", "2013-11-20/2013-11-24")] * 2
    assert cands[1].same_as == (cands[0].char_start, cands[0].char_end)
    # a preliminary understanding a meeting came out with is the meeting's partial outcome
    text = "التقى بيرنز وجليلي في جنيف في الأول من تشرين الأول/أكتوبر 2009، وخرجا من اللقاء بتفاهم مبدئي."
    c = one(ex, text, pub="2019-04-02")
    assert (c.event_type, c.outcome) == ("meeting", "partial")


def test_released_the_year_after_is_a_release_of_its_own(ex):
    text = ("وفي 14 أيلول/سبتمبر 2010 أُطلق سراح سارة شورد بوساطة عُمانية من سجن إيفين في إيران. "
            "أما رفيقاها الأمريكيان فبقيا في السجن، قبل أن يُفرج عنهما في الحادي والعشرين من أيلول/سبتمبر من العام التالي "
            "بوساطة عُمانية.")
    cands = ex.extract(DocInput("t", text, "ar", None))
    assert [c.date_start for c in cands] == [dt.date(2010, 9, 14), dt.date(2011, 9, 21)]
    assert cands[1].same_as is None


def test_a_flight_carrying_those_held_out_is_their_release(ex):
    text = ("أقلعت من مطار مهرآباد في طهران يوم 20 كانون الثاني/يناير 1981 طائرة جزائرية تقل 52 دبلوماسياً ومواطناً "
            "أمريكياً احتُجزوا منذ اقتحام سفارة بلادهم.")
    assert one(ex, text, pub=None).event_type == "prisoner_release"


def test_a_pardon_within_one_side_and_to_this_day(ex):
    text = ("مک‌فارلین که در سال ۱۹۸۶ به تهران سفر کرده بود در ۱۹۸۸ به اتهام پنهان کردن اطلاعات از کنگره اعتراف کرد و "
            "در ۱۹۹۲ جورج بوش پدر او را عفو کرد.")
    assert all(c.event_type != "prisoner_release" for c in ex.extract(DocInput("t", text, "fa", dt.date(2022, 5, 14))))
    text = "به باور او، سایه سفر مک‌فارلین به تهران تا امروز بر هر بحثی درباره گفت‌وگوی پنهان ایران با واشنگتن سنگینی می‌کند."
    assert none_in(ex, text, "fa", pub="2022-05-14")


def test_a_visit_of_an_organisations_official_to_a_side(ex):
    # the UN Secretary-General in Tehran over the American hostages: the UN's visit, not the sides' contact
    assert none_in(ex, "زار الأمين العام للأمم المتحدة كورت فالدهايم طهران في 2 كانون الثاني/يناير 1980 لبحث أزمة الرهائن الأمريكيين.")


def test_no_evidence_that_they_met(ex):
    assert none_in(ex, "لم تجد اللجنة أي دليل على أن مسؤولين أمريكيين التقوا ممثلين إيرانيين في مدريد في تموز/يوليو 1980.")


def test_a_reply_that_came_as_a_measure_is_no_message(ex):
    assert none_in(ex, "أما الرد الأمريكي على احتجاز الرهائن في تشرين الثاني/نوفمبر 1979 فجاء اقتصادياً بتجميد الأصول الإيرانية.")


def test_a_tour_of_capitals_is_no_round(ex):
    assert none_in(ex, "قام المبعوث الأمريكي في أيار/مايو 2024 بجولة على عواصم خليجية لبحث الملف الإيراني مع قادة المنطقة.")


def test_a_persian_arrival_split_by_its_destination(ex):
    c = one(ex, "رابرت مک‌فارلین روز ۴ خرداد ۱۳۶۵ مخفیانه وارد تهران شد و با رفسنجانی سخن گفت.", "fa", None)
    assert (c.event_type, c.date_start) == ("visit", dt.date(1986, 5, 25))


def test_until_a_day_closes_the_contact_it_opens(ex):
    c = one(ex, "هیئت آمریکایی روز ۴ خرداد ۱۳۶۵ وارد تهران شد و تا ۷ خرداد با مقام‌های ایرانی گفت‌وگو کرد.", "fa", None)
    assert (c.date_start, c.date_end) == (dt.date(1986, 5, 25), dt.date(1986, 5, 28))


def test_that_was_on_a_day_dates_the_contact_before(ex):
    from pipeline.extract.base import _cluster, merge_key
    t = ("قبل أربعين عاماً أقلعت من مطار مهرآباد في طهران طائرة جزائرية تقل 52 رهينة أمريكياً أفرجت عنهم إيران. "
         "كان ذلك يوم الثلاثاء 20 كانون الثاني/يناير 1981، وقد نُقل المفرج عنهم إلى فيسبادن.")
    cands = ex.extract(DocInput("t", t, "ar", dt.date(2021, 1, 20)))
    assert cands[0].date_start == cands[0].date_end == dt.date(1981, 1, 20)
    # (the released, named again in that sentence, are that release: one event, though taken to another country)
    assert len(_cluster([merge_key(c) for c in cands])) == 1


def test_a_persian_present_of_beginning_is_future(ex):
    assert none_in(ex, "ترامپ دوشنبه ۱۸ فروردین ۱۴۰۴ اعلام کرد که «گفت‌وگوی مستقیم» با ایران از روز شنبه آغاز می‌شود.", "fa", "2025-04-08")


def test_messages_about_this_exchange_are_the_exchange(ex):
    from pipeline.extract.base import _cluster, merge_key
    t = ("مسعود سلیمانی، دانشمند ایرانی، امروز شنبه ۱۶ آذر ۱۳۹۸ در زوریخ در قالب تبادلی با شی‌یوه وانگ، پژوهشگر آمریکایی، آزاد شد. "
         "دولت سوئیس که از سال ۱۳۵۹ حافظ منافع آمریکا در ایران است، ماه‌ها پیام‌های ایران و آمریکا درباره این تبادل را میان تهران و واشنگتن جابه‌جا کرده بود.")
    cands = ex.extract(DocInput("t", t, "fa", dt.date(2019, 12, 7)))
    assert [c.event_type for c in cands] == ["prisoner_release", "message_exchange"]
    assert len(_cluster([merge_key(c) for c in cands])) == 1


def test_talks_from_the_day_they_began_to_the_day_they_ended_in_a_deal(ex):
    c = one(ex, "گفت‌وگوهای ایران و آمریکا که از چهارشنبه ۲۹ آبان ۱۳۹۲ در ژنو آغاز شده بود، بامداد یکشنبه ۳ آذر با دستیابی به «برنامه اقدام مشترک» به پایان رسید.", "fa", "2013-11-24")
    assert (c.date_start, c.date_end) == (dt.date(2013, 11, 20), dt.date(2013, 11, 24))
    assert c.event_type == "agreement"


def test_a_persian_ordinal_round_after_a_byline_takes_the_sides_of_the_lead(ex):
    t = ("بغداد؛ میزی که دو بار چیده شد\n\nشرق – گروه سیاست خارجی، نوشته: یک نویسنده\n\n"
         "سفیران ایران و آمریکا سه‌شنبه ۲ مرداد ۱۳۸۶ در بغداد درباره امنیت عراق گفت‌وگو کردند و بر تشکیل کمیته‌ای امنیتی توافق کردند.\n\n"
         "کارشناسان این نشست را گامی کوچک اما مهم ارزیابی کردند و گفتند که باید منتظر نتایج آن ماند.\n\n"
         "نخستین دور این گفت‌وگوها در ۷ خرداد ۱۳۸۶ در دفتر نخست‌وزیر عراق برگزار شده بود.")
    cands = ex.extract(DocInput("t", t, "fa", dt.date(2007, 7, 26)))
    assert [c.date_start for c in cands][-1] == dt.date(2007, 5, 28)


def test_a_proposed_delegation_is_not_sent(ex):
    assert none_in(ex, "در تابستان ۱۳۷۹ واشنگتن پیشنهاد اعزام هیئتی به تهران را داد، اما ایران آن را نپذیرفت.", "fa")


def test_present_in_one_hall_at_a_conference_is_no_meeting(ex):
    assert none_in(ex, "در شهریور ۱۳۷۹، در اجلاس هزاره سازمان ملل در نیویورک، سید محمد خاتمی و بیل کلینتون در یک سالن حضور داشتند.", "fa")


def test_a_date_after_but_dates_the_contrasting_clause(ex):
    t = ("ظریف و کری در حاشیه مجمع عمومی با یکدیگر گفت‌وگو کردند؛ دیداری که آن روزها خبرساز شد، اما امروز کمتر کسی تاریخ دقیقش را به یاد می‌آورد.")
    assert none_in(ex, t, "fa", "2025-07-20")


@pytest.mark.parametrize("text", [
    "فالصين أدّت دور الضامن في الاتفاق السعودي الإيراني الموقّع في بكين في 10 آذار/مارس 2023، بعد سنوات من القطيعة مع واشنطن.",
    "استضافت الرياض في 18 شباط/فبراير 2025 أول محادثات أمريكية روسية رفيعة، فيما تراقب إيران المشهد.",
])
def test_two_adjectives_after_the_contact_word_name_its_parties(ex, text):
    assert none_in(ex, text, pub="2025-03-01")


def test_adding_that_is_no_host(ex):
    # «مضيفاً أن» ('adding that') is no mediation word: the Iraqi premier's trip stays Iraq's
    t = "وقال الباحث إن الحياد صعب، مضيفاً أن زيارة رئيس الوزراء محمد شياع السوداني إلى واشنطن في نيسان 2024 لم تغيّر المعادلة مع إيران."
    assert none_in(ex, t)


def test_a_meeting_whose_participants_are_listed(ex):
    t = ("وصلت رسالة أمريكية إلى طهران الأسبوع الماضي. واستضافت بكين أمس الجمعة اجتماعاً ثلاثياً ضم نواب وزراء خارجية "
         "الصين وروسيا وإيران لبحث الملف النووي.")
    meeting = [d for d in ex.explain(DocInput("t", t, "ar", dt.date(2025, 3, 15))) if d.cue == "اجتماع"]
    assert len(meeting) == 1 and not meeting[0].kept


def test_sat_at_one_table(ex):
    c = one(ex, "ففي صباح الاثنين 28 أيار 2007 جلس السفير الأمريكي ريان كروكر ونظيره الإيراني حسن كاظمي قمي إلى طاولة واحدة في بغداد.")
    assert (c.event_type, c.date_start) == ("meeting", dt.date(2007, 5, 28))


def test_withdrew_from_the_deal_with_its_subject_between(ex):
    assert none_in(ex, "انسحب الرئيس الأمريكي السابق دونالد ترامب من الاتفاق مع إيران في 8 أيار/مايو 2018 وأعاد فرض العقوبات.")


def test_a_contact_word_deep_in_an_if_clause(ex):
    t = ("تلوّح الترويكا الأوروبية في آب/أغسطس 2025 بتفعيل آلية الزناد إذا لم تستأنف طهران تعاونها مع الوكالة الدولية "
         "للطاقة الذرية وتعود إلى طاولة التفاوض مع واشنطن.")
    assert none_in(ex, t, pub="2025-08-21")


def test_an_arabic_imperfect_meeting_is_not_yet_held(ex):
    assert none_in(ex, "ويلتقي اليوم الثلاثاء في مسقط المديرون السياسيون الأمريكيون والإيرانيون.", pub="2014-11-11")
    # after «كان» the imperfect tells what happened
    assert kinds(ex, "وكان عراقجي يلتقي ويتكوف في مسقط يوم 12 نيسان/أبريل 2025.", pub="2025-05-01") == ["meeting"]


def test_a_states_file_is_the_subject_not_a_side(ex):
    assert none_in(ex, "وفي أيار/مايو 2019 التقى ترامب رئيس سويسرا في البيت الأبيض، في لقاء تناول الملف الإيراني.")
    assert none_in(ex, "ترامپ در اردیبهشت ۱۳۹۸ در کاخ سفید با رئیس‌جمهور سوئیس دیدار کرد و درباره پرونده ایران گفت‌وگو کرد.", "fa", "2020-01-01")


def test_a_side_that_received_a_third_states_president(ex):
    assert none_in(ex, "وفي أيار/مايو 2019 استقبل ترامب الرئيس السويسري أولي ماورر في البيت الأبيض في لقاء تناول التوتر مع إيران.")


def test_the_verbal_noun_negotiating_is_the_idea_of_talks(ex):
    t = "قال المرشد الإيراني يوم الجمعة 7 شباط/فبراير 2025 إن التفاوض مع الولايات المتحدة «ليس عاقلاً ولا حكيماً»."
    assert none_in(ex, t, pub="2025-02-10")
    # the talks held are still talks
    assert kinds(ex, "عُقدت جولة التفاوض بين إيران والولايات المتحدة في مسقط يوم 12 نيسان/أبريل 2025.", pub="2025-05-01") == ["talks"]


def test_pursuant_to_the_deal_names_it(ex):
    assert none_in(ex, "أعلن روحاني في 8 أيار/مايو 2019 تعليق بعض التزامات إيران بموجب الاتفاق مع الولايات المتحدة.", pub="2019-05-20")


def test_the_round_that_had_begun_before_the_understanding_is_the_deal(ex):
    from pipeline.extract.base import _cluster, merge_key
    t = ("پس از هشت روز مذاکره فشرده در لوزان، ایران و آمریکا عصر پنجشنبه ۱۳ فروردین ۱۳۹۴ بر سر راه‌حل‌های کلیدی به تفاهم رسیدند. "
         "گفت‌وگوها از ۶ فروردین آغاز شده بود و محمدجواد ظریف و جان کری در این مدت بارها با یکدیگر گفت‌وگو کردند.")
    cands = ex.extract(DocInput("t", t, "fa", None))
    assert cands[0].event_type == "agreement"  # «به تفاهم رسیدند»: the understanding reached types the sentence
    assert len(_cluster([merge_key(c) for c in cands])) == 1
    assert (cands[0].date_start, cands[0].date_end) == (dt.date(2015, 3, 26), dt.date(2015, 4, 2))


@pytest.mark.parametrize("text,lang", [
    ("لا تزال عبارة المرشد الإيراني علي خامنئي، الثلاثاء الماضي، بأنه «لا ضير» في التعامل مع «العدو»، تثير موجة من "
     "التأويلات، بين من رأى فيها ضوءاً أخضر لاستئناف المفاوضات النووية مع واشنطن، ومن عدّها مجرد تذكير.", "ar"),
    ("سخن رهبر ایران در روز سه‌شنبه گذشته درباره «نرمش قهرمانانه»، در تهران چراغ سبزی برای ازسرگیری مذاکرات هسته‌ای "
     "با واشنگتن تعبیر شد.", "fa"),
])
def test_talks_to_resume_are_a_purpose(ex, text, lang):
    assert none_in(ex, text, lang, "2024-08-29")


@pytest.mark.parametrize("text,lang", [
    ("در ۴ مه ۲۰۰۳ سفیر سوئیس متن پیشنهاد ایران را با نمابر به وزارت خارجه آمریکا فرستاد.", "fa"),
    ("وفي 4 أيار/مايو 2003 أرسل السفير السويسري نص المقترح الإيراني بالفاكس إلى وزارة الخارجية الأمريكية.", "ar"),
])
def test_a_fax_is_a_message(ex, text, lang):
    assert one(ex, text, lang, "2004-01-01").event_type == "message_exchange"


def test_the_place_of_a_strike_is_not_the_contacts(ex):
    c = one(ex, "در روز ۱۳ دی ۱۳۹۸، چند ساعت پس از حمله پهپادی آمریکا در فرودگاه بغداد، واشنگتن پیامی مکتوب از طریق سفارت سوئیس برای تهران فرستاد.", "fa", "2020-01-10")
    assert c.location_country != "IRQ"
    assert [m.actor_id for m in c.mediators if m.kind == "state"] == ["CHE"]


@pytest.mark.parametrize("t, lang", [
    ("أُفرج يوم الاثنين 18 أيلول/سبتمبر 2023 عن خمسة مواطنين أمريكيين كانوا محتجزين في إيران بوساطة قطرية، مقابل إطلاق واشنطن سراح خمسة إيرانيين. "
     "وجاءت عملية التبادل بعد وصول ستة مليارات دولار إلى حسابات مصرفية في الدوحة، تتولى السلطات القطرية الإشراف على إنفاقها.", "ar"),
    # the funds moved to its banks when the exchange happened, with no guarantor word
    ("روز دوشنبه ۲۷ شهریور ۱۴۰۲ پنج زندانی آمریکایی با میانجیگری قطر آزاد شدند و آمریکا پنج ایرانی را آزاد کرد. "
     "این مبادله پس از آن انجام شد که شش میلیارد دلار از دارایی‌های ایران به حساب‌هایی در بانک‌های قطر منتقل شد.", "fa"),
])
def test_the_keeper_of_the_deals_funds_is_its_guarantor(ex, t, lang):
    c = ex.extract(DocInput("t", t, lang, dt.date(2023, 9, 20)))[0]
    assert [(m.actor_id, m.mediation_role) for m in c.mediators if m.kind == "state"] == [("QAT", "guarantor")]


def test_the_owner_of_the_office_hosts_and_names_his_state(ex):
    c = one(ex, "عُقد الاجتماع بين السفير الأمريكي رايان كروكر والسفير الإيراني حسن كاظمي قمي يوم 28 أيار/مايو 2007 في مكتب رئيس الوزراء نوري المالكي.", pub="2007-06-01")
    assert sorted((m.actor_id, m.mediation_role) for m in c.mediators) == [("IRQ", "host"), ("person:nouri-al-maliki", "host")]
    assert sorted(p.actor_id for p in c.participants) == ["person:hassan-kazemi-qomi", "person:ryan-crocker"]


def test_frozen_funds_in_the_next_sentence_add_sanctions_to_a_prisoner_deal(ex):
    t = ("أُفرج يوم الاثنين 18 أيلول/سبتمبر 2023 عن خمسة أمريكيين كانوا محتجزين في إيران مقابل خمسة إيرانيين. "
         "وجاءت عملية التبادل بعد تحويل ستة مليارات دولار من الأموال الإيرانية المجمدة إلى مصارف في الدوحة.")
    assert ex.extract(DocInput("t", t, "ar", dt.date(2023, 9, 19)))[0].topics == {"prisoners", "sanctions"}


def test_a_contact_that_names_no_topic_takes_the_sentence_befores(ex):
    t = "يتصدر البرنامج النووي الإيراني جدول الأعمال الإقليمي منذ أشهر. والتقى عراقجي وويتكوف في مسقط يوم 12 نيسان/أبريل 2025."
    assert [c.topics for c in ex.extract(DocInput("t", t, "ar", dt.date(2025, 5, 1)))] == [{"nuclear"}]


def test_the_outcome_of_a_procedural_agreement_is_partial(ex):
    c = one(ex, "التقى السفيران الأمريكي والإيراني في بغداد يوم 24 تموز/يوليو 2007 واتفقا على تشكيل لجنة أمنية ثلاثية.", pub="2007-07-26")
    assert (c.event_type, c.outcome) == ("meeting", "partial")


def test_an_arabic_meeting_that_led_nowhere(ex):
    t = "التقى بيرنز في مسقط في آذار/مارس 2013 بوفد إيراني في لقاء سري. ولم يفضِ اللقاء إلى اتفاق."
    assert ex.extract(DocInput("t", t, "ar", dt.date(2014, 1, 1)))[0].outcome == "no_agreement"


def test_a_persian_meeting_that_reached_no_agreement(ex):
    t = "جان کری و محمدجواد ظریف در اسفند ۱۳۹۲ در مسقط دیدار کردند. آن دیدار به توافقی نرسید، اما دو طرف یکدیگر را شناختند."
    assert ex.extract(DocInput("t", t, "fa", dt.date(2014, 6, 1)))[0].outcome == "no_agreement"


def test_the_format_said_in_the_next_sentence(ex):
    t = ("عُقدت في فيينا يوم 6 نيسان/أبريل 2021 جولة محادثات بين إيران والولايات المتحدة بشأن الاتفاق النووي. "
         "ولم يجلس الوفدان إلى طاولة واحدة طوال الجولة، وبقي كل منهما في فندق.")
    assert ex.extract(DocInput("t", t, "ar", dt.date(2021, 4, 10)))[0].format == "indirect"


def test_a_release_reported_long_after_is_public(ex):
    c = one(ex, "وفي 14 أيلول/سبتمبر 2010 أُطلق سراح الأمريكية سارة شورد من سجن إيفين في إيران بوساطة عُمانية.", pub="2020-01-01")
    assert (c.event_type, c.secrecy) == ("prisoner_release", "public")


def test_the_state_whose_plane_flies_the_freed_out_facilitates_the_release(ex):
    c = one(ex, "وفي 20 كانون الثاني/يناير 1981 أقلعت من مطار مهرآباد طائرة تابعة للخطوط الجوية الجزائرية تقل 52 رهينة أمريكية أُفرج عنهم بعد اتفاق مع إيران.", pub="1981-02-01")
    assert (c.event_type, [(m.actor_id, m.mediation_role) for m in c.mediators]) == ("prisoner_release", [("DZA", "facilitator")])
    c = one(ex, "روز دوشنبه ۲۷ شهریور ۱۴۰۲ پنج زندانی آمریکایی در ایران آزاد شدند و با هواپیمایی قطری تهران را ترک کردند و آمریکا پنج ایرانی را آزاد کرد.", "fa", pub="2023-09-20")
    assert [(m.actor_id, m.mediation_role) for m in c.mediators] == [("QAT", "facilitator")]


def test_a_third_states_adjective_away_from_a_plane_is_no_mediator_of_a_release(ex):
    c = one(ex, "وفي 20 كانون الثاني/يناير 1981 أُفرج عن 52 رهينة أمريكية في طهران بعد اتفاق مع إيران، وأشاد الرئيس الجزائري بالخطوة.", pub="1981-02-01")
    assert c.mediators == []


def test_a_third_states_official_hosting_this_meeting_mediates_it_with_his_state(ex):
    t = ("در اسفند ۱۳۹۱ ویلیام برنز، معاون وزیر خارجه آمریکا، در دیداری محرمانه در مسقط با هیئتی ایرانی گفت‌وگو کرد. "
         "سلطان قابوس میزبان این دیدار بود.")
    cands = ex.extract(DocInput("t", t, "fa", dt.date(2014, 1, 1)))
    again = [c for c in cands if c.same_as is not None]
    assert len(again) == 1 and sorted((m.actor_id, m.mediation_role) for m in again[0].mediators) == [("OMN", "host"), ("person:qaboos-bin-said", "host")]


def test_the_state_that_arranged_the_meeting_facilitates_it(ex):
    c = one(ex, "التقى دبلوماسيون إيرانيون وأمريكيون يوم 3 حزيران/يونيو 2024 في جنيف في لقاء رتّبت له سويسرا.")
    assert [(m.actor_id, m.mediation_role) for m in c.mediators] == [("CHE", "facilitator")]


def test_the_state_that_arranged_the_meeting_facilitates_it_persian(ex):
    c = one(ex, "دیپلمات‌های ایرانی و آمریکایی روز ۱۳ خرداد ۱۴۰۳ در دیداری که سوئیس ترتیب داده بود در ژنو گفت‌وگو کردند.", "fa")
    assert [(m.actor_id, m.mediation_role) for m in c.mediators] == [("CHE", "facilitator")]


def test_the_deal_that_promises_funds_to_a_states_banks_keeps_its_mediator_role(ex):
    t = ("توصلت إيران والولايات المتحدة في 10 آب/أغسطس 2023 إلى اتفاق بوساطة قطرية لتبادل السجناء. "
         "وينص الاتفاق على تحويل ستة مليارات دولار إلى مصارف في الدوحة.")
    c = ex.extract(DocInput("t", t, "ar", dt.date(2023, 8, 20)))[0]
    assert (c.event_type, [(m.actor_id, m.mediation_role) for m in c.mediators if m.kind == "state"]) == ("agreement", [("QAT", "facilitator")])


def test_an_organisations_official_carrying_messages_names_it_and_the_venue_carries_nothing(ex):
    c = one(ex, "شش دور مذاکره در وین از ۱۷ فروردین تا ۳۰ خرداد ۱۴۰۰ برگزار شد و انریکه مورا، معاون مسئول سیاست خارجی اتحادیه اروپا، "
                "پیام‌ها را میان هیئت‌های ایران و آمریکا جابه‌جا می‌کرد.", "fa", "2021-07-01")
    assert sorted((m.actor_id, m.mediation_role) for m in c.mediators) == [("org:eu", "message_carrier"), ("person:enrique-mora", "message_carrier")]


def test_an_outlets_seat_is_neither_place_nor_mediator(ex):
    c = one(ex, "به ادعای یک روزنامه عربی چاپ لندن، پیام‌هایی میان تهران و واشنگتن در اواخر ماه گذشته از طریق قطر رد و بدل شده است.", "fa", "2024-06-15")
    assert ([(m.actor_id, m.mediation_role) for m in c.mediators], c.location_country) == ([("QAT", "message_carrier")], None)


def test_an_envoys_posting_is_no_mediator(ex):
    c = one(ex, "در ۴ مه ۲۰۰۳ تیم گولدیمان، سفیر سوئیس در تهران، متنی را که با صادق خرازی، سفیر وقت ایران در فرانسه، تهیه شده بود "
                "با نمابر به وزارت خارجه آمریکا فرستاد.", "fa", "2004-01-01")
    assert sorted(m.actor_id for m in c.mediators) == ["CHE", "person:tim-guldimann"]


def test_the_place_of_a_strike_with_a_clitic_is_not_the_contacts(ex):
    c = one(ex, "وفي ليلة الثالث من كانون الثاني/يناير 2020، بعد ساعات من مقتل قائد فيلق القدس قاسم سليماني بغارة أمريكية قرب مطار بغداد، "
                "استدعت الخارجية الإيرانية القائم بالأعمال السويسري الذي سلّمها رسالة من واشنطن.", pub="2020-01-10")
    assert c.location_country != "IRQ" and [m.actor_id for m in c.mediators if m.kind == "state"] == ["CHE"]


@pytest.mark.parametrize("t, lang", [
    ("اختتمت أمس السبت في روما الجولة الثانية من المحادثات غير المباشرة بين إيران والولايات المتحدة بشأن البرنامج النووي.\n\n"
     "ووصل الوفدان إلى روما صباحاً وسط إجراءات أمنية مشددة. وتناولت المحادثات أيضاً رفع العقوبات الأمريكية.", "ar"),
    ("دور دوم گفت‌وگوهای غیرمستقیم ایران و آمریکا درباره برنامه هسته‌ای دیروز شنبه در رم برگزار شد.\n\n"
     "هیئت‌ها صبح زود به محل سفارت عمان رسیدند. موضوع گفت‌وگوها همچنین رفع تحریم‌هاست.", "fa"),
])
def test_the_agenda_said_later_goes_to_the_talks_reported_before(ex, t, lang):
    assert [c.topics for c in ex.extract(DocInput("t", t, lang, dt.date(2025, 4, 20)))][0] == {"nuclear", "sanctions"}


@pytest.mark.parametrize("t, lang, outcome", [
    ("انعقدت أمس السبت في إسطنبول جولة المحادثات بين إيران والولايات المتحدة حول البرنامج النووي.\n\n"
     "ووصل الوفدان إلى قصر جيراغان صباحاً وسط إجراءات أمنية مشددة. وانتهت المحادثات دون أي نتيجة.", "ar", "no_agreement"),
    ("دور دوم گفت‌وگوهای غیرمستقیم ایران و آمریکا دیروز شنبه در رم برگزار شد.\n\n"
     "هیئت‌ها صبح زود به محل سفارت عمان رسیدند. به گفته یک دیپلمات، در گفت‌وگوها پیشرفت‌هایی حاصل شد.", "fa", "partial"),
])
def test_how_the_talks_ended_said_later_goes_to_the_talks_reported_before(ex, t, lang, outcome):
    assert ex.extract(DocInput("t", t, lang, dt.date(2025, 4, 20)))[0].outcome == outcome


def test_a_failure_of_another_round_said_later_is_not_the_talks_outcome(ex):
    t = ("انعقدت أمس السبت في إسطنبول جولة المحادثات بين إيران والولايات المتحدة حول البرنامج النووي.\n\n"
         "ووصل الوفدان إلى قصر جيراغان صباحاً وسط إجراءات أمنية مشددة. وكانت الجولة الأخرى قد انتهت دون أي نتيجة.")
    assert ex.extract(DocInput("t", t, "ar", dt.date(2025, 4, 20)))[0].outcome == "unknown"


@pytest.mark.parametrize("t, lang", [
    ("بعد سبعة عشر يوماً من المفاوضات في فيينا، أعلنت إيران والولايات المتحدة يوم 14 تموز/يوليو 2015 التوصل إلى خطة العمل الشاملة المشتركة.", "ar"),
    ("ظریف و کری روز ۲۳ تیر ۱۳۹۴ در وین پس از ۱۸ روز مذاکره فشرده، دستیابی به برنامه جامع اقدام مشترک را اعلام کردند.", "fa"),
])
def test_talks_after_which_a_deal_is_announced_are_that_deal(ex, t, lang):
    c = one(ex, t, lang, "2015-08-01")
    assert (c.event_type, c.outcome) == ("agreement", "agreement")


def test_this_session_after_a_press_conference_is_that_press_conference(ex):
    t = ("صدای آمریکا – سخنگوی وزارت خارجه آمریکا در نشست خبری روز سه‌شنبه به پرسش‌هایی درباره ارتباط با ایران پاسخ داد. "
         "آنچه می‌خوانید گزیده این نشست است.")
    assert ex.extract(DocInput("t", t, "fa", dt.date(2024, 1, 10))) == []


def test_a_release_that_talks_were_about_is_no_release(ex):
    t = ("سخنگوی آمریکا: با ایران و قطر گفت‌وگو می‌کنیم\n\n"
         "وزیر بلینکن روز یکشنبه در دوحه با نخست‌وزیر قطر درباره آزادی گروگان‌ها در غزه گفت‌وگو کرد.")
    assert ex.extract(DocInput("t", t, "fa", dt.date(2024, 1, 10))) == []


def test_a_third_states_release_does_not_borrow_the_headlines_sides(ex):
    t = ("سخنگوی آمریکا: درباره ارتباط با ایران جزئیات نمی‌دهیم\n\n"
         "قطر در آزادی گروگان‌ها در نوامبر نقشی محوری داشت و ما از ادامه این همکاری قدردانی می‌کنیم.")
    assert ex.extract(DocInput("t", t, "fa", dt.date(2024, 1, 10))) == []


def test_the_day_of_a_press_conference_before_does_not_date_the_talks_it_spoke_of(ex):
    t = ("ایسنا – نشست خبری هفتگی سخنگوی وزارت امور خارجه صبح امروز دوشنبه ۲۵ فروردین برگزار شد. "
         "بیشتر پرسش‌ها به نخستین دور گفت‌وگوهای ایران و آمریکا در عمان اختصاص داشت.")
    assert ex.extract(DocInput("t", t, "fa", dt.date(2025, 4, 14))) == []


@pytest.mark.parametrize("t, lang", [
    ("ترامپ پس از گفت‌وگوی جمعه ۱۷ اسفند ۱۴۰۳ با فاکس بیزنس نوشت که با ایران مذاکره خواهد کرد.", "fa"),
    ("والتقى عراقجي يوم الجمعة 7 آذار/مارس 2025 مع قناة سي إن إن الأمريكية وتحدث عن المفاوضات مع الولايات المتحدة.", "ar"),
])
def test_a_conversation_with_a_news_outlet_is_an_interview(ex, t, lang):
    assert ex.extract(DocInput("t", t, lang, dt.date(2025, 3, 15))) == []


def test_a_round_of_sanctions_after_a_persian_ordinal_is_no_round_of_talks(ex):
    t = "وزارت خزانه‌داری آمریکا هفته گذشته سی نفتکش مرتبط با ایران را تحریم کرد؛ دومین دور تحریم‌ها از زمان امضای یادداشت «فشار حداکثری»."
    assert ex.extract(DocInput("t", t, "fa", dt.date(2025, 3, 5))) == []


def test_the_held_of_a_hearing_and_its_day_are_the_hearings(ex):
    t = ("در جلسه استماع کمیته روابط خارجی سنای آمریکا که دیروز چهارشنبه با موضوع دریای سرخ برگزار شد، "
         "یک سناتور مدعی شد که دولت بایدن با مقام‌های ایرانی دیدار کرده است.")
    assert ex.extract(DocInput("t", t, "fa", dt.date(2024, 1, 18))) == []


def test_the_day_of_a_remark_to_reporters_is_not_the_talks(ex):
    t = "وأضاف البيت الأبيض أن الجانبين قريبان من الاتفاق، فيما قال ترامب للصحفيين أمس الأحد إن المحادثات مع إيران «تسير على ما يرام»."
    assert ex.extract(DocInput("t", t, "ar", dt.date(2025, 4, 14))) == []


def test_today_inside_a_quotation_is_the_speakers_day(ex):
    t = ("أصدرت وزارة الخارجية العمانية مساء أمس الجمعة بياناً جاء فيه: "
         "«اختُتمت اليوم في روما الجولة الخامسة من المحادثات غير المباشرة بين إيران والولايات المتحدة».")
    assert [c.date_start for c in ex.extract(DocInput("t", t, "ar", dt.date(2025, 5, 24)))] == [dt.date(2025, 5, 23)]


@pytest.mark.parametrize("t, lang", [
    ("وفي تشرين الثاني/نوفمبر 1979 جرى الإفراج عن ثلاث عشرة رهينة أمريكية بقرار إيراني منفرد بعد أسابيع من اقتحام السفارة.", "ar"),
    ("در آذر ۱۳۵۸ سیزده گروگان آمریکایی به‌طور یک‌جانبه از سوی ایران آزاد شدند.", "fa"),
])
def test_a_unilateral_release_is_no_negotiated_release(ex, t, lang):
    assert ex.extract(DocInput("t", t, lang, None)) == []


def test_a_parliament_committees_session_is_no_contact(ex):
    t = ("استضافت لجنة العلاقات الخارجية في مجلس النواب، أمس الاثنين، وزير الخارجية فؤاد حسين، في جلسة مغلقة خُصصت لبحث "
         "قرار واشنطن عدم تجديد الإعفاء الذي كان يسمح للعراق بدفع ثمن الكهرباء المستوردة من إيران.")
    assert ex.extract(DocInput("t", t, "ar", dt.date(2025, 3, 11))) == []



def test_today_in_a_speech_of_years_ago_is_not_that_speechs_day(ex):
    t = "رهبر ایران روز هشتم آبان ۱۳۸۰ در جمع مردم اصفهان گفت: «مذاکره با دولت آمریکا امروز خیانت است.»"
    assert all(c.date_start != dt.date(2001, 10, 30) for c in ex.extract(DocInput("t", t, "fa", dt.date(2018, 10, 29))))


def test_an_ambiguous_place_name_of_one_language_reads_only_in_it(ex):
    from pipeline.extract.rules import scan
    from pipeline.text import normalize
    ar = [h.key for h in scan(normalize("وعقد ماجد بن محمد الأنصاري المؤتمر في الدوحة"), ex.lex, "ar") if h.cat == "place"]
    fa = [h.key for h in scan(normalize("کنفرانس بن درباره افغانستان"), ex.lex, "fa") if h.cat == "place"]
    assert (ar, fa) == (["doha"], ["bonn"])


def test_the_undated_lead_of_a_write_up_is_the_contact_its_first_answer_dates(ex):
    from pipeline.extract.base import _cluster, merge_key
    t = ("الأنصاري: التبادل أُنجز كما اتُّفق\n\n"
         "الدوحة – «الشرق»\n\n"
         "عقد المتحدث باسم وزارة الخارجية القطرية اليوم الثلاثاء الإحاطة الإعلامية الأسبوعية، التي تركزت على عملية تبادل المحتجزين "
         "بين إيران والولايات المتحدة التي أُنجزت بوساطة قطرية. وفي ما يلي أبرز ما جاء في الإحاطة.\n\n"
         "سؤال: هل لكم أن تطلعونا على ما جرى بالضبط؟\n"
         "الأنصاري: أمس الاثنين حطّت في مطار حمد الدولي طائرة قطرية تقلّ خمسة مواطنين أمريكيين أفرجت عنهم السلطات الإيرانية، "
         "بالتزامن مع إفراج الولايات المتحدة عن خمسة مواطنين إيرانيين.")
    cands = ex.extract(DocInput("t", t, "ar", dt.date(2023, 9, 19)))
    assert len(_cluster([merge_key(c) for c in cands])) == 1
    assert t.index("عملية تبادل") in range(cands[0].char_start, cands[0].char_end) and cands[0].date_start == dt.date(2023, 9, 18)


@pytest.mark.parametrize("t, lang", [
    ("وأعلن المتحدث باسم الخارجية الإيرانية يوم الأربعاء 14 أيار/مايو 2025 أن بلاده ملتزمة بالمسار الدبلوماسي. "
     "وكانت المحادثات غير المباشرة بين إيران والولايات المتحدة قد شهدت تقدماً ملحوظاً.", "ar"),
    ("سخنگوی وزارت امور خارجه روز چهارشنبه ۲۴ اردیبهشت ۱۴۰۴ گفت ایران به مسیر دیپلماسی پایبند است. "
     "گفت‌وگوهای غیرمستقیم ایران و آمریکا پیشرفت‌هایی داشته است.", "fa"),
])
def test_the_day_of_a_statement_before_does_not_date_a_new_contact(ex, t, lang):
    assert ex.extract(DocInput("t", t, lang, dt.date(2025, 5, 20))) == []


def test_a_chronologys_dated_heading_still_dates_the_entry_under_it(ex):
    t = ("گاه‌شمار دیدارها\n\n"
         "□ ۴ مهر ۱۳۹۲: ظریف و کری در مقر سازمان ملل\n"
         "محمدجواد ظریف و جان کری در حاشیه نشست وزیران خارجه ایران و ۱+۵ در نیویورک حدود نیم ساعت جداگانه گفت‌وگو کردند.")
    assert [c.date_start for c in ex.extract(DocInput("t", t, "fa", dt.date(2014, 1, 1)))] == [dt.date(2013, 9, 26)]


def test_an_arabic_first_person_meeting_is_a_contact(ex):
    t = "قال الدبلوماسي الإيراني السابق: في الأول من تشرين الأول/أكتوبر 2009 اجتمعنا مع الوفد الأمريكي في فيلا قرب جنيف."
    assert kinds(ex, t, "ar", "2014-01-01") == ["meeting"]


def test_a_contact_whose_text_names_no_subject_takes_the_articles_recurring_one(ex):
    body = ("يوم طويل في العاصمة العمانية\n\n"
            "عقد الوفدان الإيراني والأمريكي جولة محادثات غير مباشرة في مسقط يوم السبت 12 نيسان/أبريل 2025.\n\n"
            "وقال محلل إن البرنامج النووي الإيراني يبقى العقدة الأساسية.\n\n")
    # a subject the article names twice is the contact's, when nothing near the contact names one
    assert one(ex, body + "وأضاف أن طهران تريد ضمانات بشأن منشآتها النووية.", pub="2025-04-14").topics == frozenset({"nuclear"})
    # named once, it is not yet the article's subject
    assert one(ex, body + "وأضاف أن طهران تريد ضمانات بشأن اقتصادها.", pub="2025-04-14").topics == frozenset()
    # a topic named far less often than the main one is not
    more = (body + "وأضاف أن طهران تريد ضمانات بشأن منشآتها النووية.\n\nوتابع أن الاتفاق النووي لعام 2015 انهار، وأن العقوبات باقية "
            "ولا أمل في زوال العقوبات.")
    assert one(ex, more + " ويرى أن الملف النووي معقد.", pub="2025-04-14").topics == frozenset({"nuclear", "sanctions"})
    assert one(ex, more + " ويرى أن الملف النووي معقد وأن التخصيب النووي خط أحمر.", pub="2025-04-14").topics == frozenset({"nuclear"})


def test_talks_with_a_group_that_holds_one_side_are_direct(ex):
    # the P5+1 across the table from Iran: both sides at one table (codebook section 4)
    c = one(ex, "اختُتمت يوم 16 تشرين الأول/أكتوبر 2013 في جنيف جولة المحادثات النووية بين إيران ومجموعة 5+1.", pub="2013-10-17")
    assert c.format == "direct"
    c = one(ex, "نخستین دور مذاکرات ایران و ۱+۵ برای توافق جامع هسته‌ای روز ۲۹ بهمن ۱۳۹۲ در وین آغاز شد.", "fa", pub="2014-02-20")
    assert c.format == "direct"
    # separate rooms with a go-between stay indirect
    c = one(ex, "عُقدت يوم 16 تشرين الأول/أكتوبر 2013 في جنيف محادثات غير مباشرة بين إيران ومجموعة 5+1.", pub="2013-10-17")
    assert c.format == "indirect"


def test_a_call_between_the_sides_leaders_is_direct(ex):
    c = one(ex, "جرت أمس الجمعة مكالمة هاتفية بين الرئيس الأمريكي باراك أوباما والرئيس الإيراني حسن روحاني.", pub="2013-09-28")
    assert c.format == "direct"


def test_a_message_without_a_meeting_is_indirect_and_so_is_a_go_betweens_visit(ex):
    c = one(ex, "بعث الرئيس الأمريكي باراك أوباما برسالة إلى المرشد الإيراني علي خامنئي في تشرين الأول/أكتوبر 2014.", pub="2014-11-07")
    assert c.event_type == "message_exchange" and c.format == "indirect"
    c = one(ex, "زار وزير الخارجية العماني يوسف بن علوي طهران يوم 10 آب/أغسطس 2013 في إطار وساطة بلاده بين إيران والولايات المتحدة.", pub="2013-08-14")
    assert c.event_type == "visit" and c.format == "indirect"


def test_the_destination_of_an_arrival_is_where_the_visit_took_place(ex):
    text = "رابرت مک‌فارلین، مشاور پیشین امنیت ملی آمریکا، روز ۴ خرداد ۱۳۶۵ با هواپیمایی حامل قطعات یدکی مخفیانه وارد تهران شد و با مقام‌های ایرانی دیدار کرد."
    c = one(ex, text, "fa", pub=None)
    assert (c.event_type, c.location_city, c.location_country) == ("visit", "Tehran", "IRN")


def test_talks_in_a_head_of_governments_office_are_in_his_capital(ex):
    text = "عقد السفير الأمريكي رايان كروكر والسفير الإيراني حسن كاظمي قمي يوم 28 أيار/مايو 2007 جولة محادثات في مكتب رئيس الوزراء العراقي نوري المالكي."
    c = one(ex, text, pub="2007-05-29")
    assert (c.location_city, c.location_country) == ("Baghdad", "IRQ")
    assert [(m.actor_id, m.mediation_role) for m in c.mediators if m.kind == "state"] == [("IRQ", "host")]


def test_a_deal_between_one_side_and_a_third_states_armed_group_is_theirs(ex):
    text = ("اختُتمت في مسقط يوم 11 أيار/مايو 2025 الجولة الرابعة من المحادثات غير المباشرة بين إيران والولايات المتحدة.\n\n"
            "وتأتي المحادثات بعد أيام من إعلان سلطنة عُمان، الثلاثاء 6 أيار/مايو، التوصل إلى تفاهم لوقف إطلاق النار بين الولايات المتحدة وجماعة «أنصار الله» الحوثية في اليمن، "
            "يلتزم بموجبه الطرفان بعدم استهداف أحدهما الآخر.")
    assert kinds(ex, text, pub="2025-05-12") == ["talks"]


def test_the_release_of_a_third_states_national_borrows_no_side(ex):
    text = ("ما الذي نعرفه عن صفقات تبادل السجناء بين طهران وواشنطن؟\n\n"
            "وأفرجت إيران في 18 أيلول/أيلول 2023 عن خمسة أمريكيين في صفقة تبادل مع الولايات المتحدة بوساطة قطرية. "
            "وفي 16 آذار/مارس 2022 أُفرج عن البريطانية الإيرانية نازنين زاغري راتكليف وعادت إلى لندن عبر مسقط بوساطة عُمانية.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2024, 1, 10)))
    assert [c.date_start.year for c in cands] == [2023]


def test_the_deal_a_relative_clause_separates_from_its_undoing_is_not_concluded(ex):
    text = "ترامپ ۱۸ اردیبهشت ۱۳۹۷ توافقی را که دولت قبلی آمریکا با ایران امضا کرده بود پاره کرد."
    assert none_in(ex, text, "fa", pub="2025-03-01")
    assert none_in(ex, "ترامپ ۱۸ اردیبهشت ۱۳۹۷ توافق را پاره کرد و آمریکا را از آن با ایران خارج کرد.", "fa", pub="2025-03-01")


def test_sitting_face_to_face_is_a_meeting(ex):
    text = "دوشنبه ۷ خرداد ۱۳۸۶، حسن کاظمی قمی، سفیر ایران در عراق، و رایان کراکر، سفیر آمریکا در بغداد، روبه‌روی هم نشستند."
    c = one(ex, text, "fa", pub="2007-05-29")
    assert (c.event_type, c.format) == ("meeting", "direct")


def test_a_message_the_next_sentence_says_has_not_arrived_was_not_exchanged(ex):
    first = "أعلن الرئيس الأمريكي دونالد ترامب يوم الجمعة 7 آذار/مارس 2025 أنه بعث برسالة إلى المرشد الإيراني علي خامنئي. "
    assert none_in(ex, first + "لكن الرسالة، حتى كتابة هذه السطور، لم تصل إلى طهران.", pub="2025-03-10")
    assert kinds(ex, first + "وتسلّمها عراقجي يوم الأربعاء من مبعوث إماراتي.", pub="2025-03-10")[0] == "message_exchange"
    # talks that did not reach a deal are no undelivered message
    assert one(ex, "أجرى الوفدان الإيراني والأمريكي محادثات غير مباشرة في مسقط يوم 12 نيسان/أبريل 2025 لم تصل إلى اتفاق.", pub="2025-04-14")


def test_a_two_word_cue_reads_with_the_article_on_both_words(ex):
    text = ("توالت اليوم السبت ردود الفعل على الاتصال الهاتفي الذي أجراه الرئيس الأمريكي باراك أوباما أمس الجمعة "
            "مع نظيره الإيراني حسن روحاني.")
    c = one(ex, text, pub="2013-09-28")
    assert c.parties == {"IRN", "USA"} and c.format == "direct"


def test_a_meeting_on_the_next_day_of_a_visit_told_paragraphs_later_is_that_visit(ex):
    text = ("رابرت مک‌فارلین، فرستاده ریگان، روز یکشنبه ۴ خرداد ۱۳۶۵ مخفیانه وارد تهران شد.\n\n"
            "هواپیمای او حامل قطعات یدکی موشک بود.\n\n"
            "این ماجرا بعدها به رسوایی بزرگی بدل شد.\n\n"
            "مک‌فارلین روز دوشنبه ۵ خرداد با مقام‌های ایرانی دیدار کرد.")
    cands = events_of(ex, text, "fa", None)
    assert len(cands) == 1 and cands[0].event_type == "visit"
    assert (cands[0].date_start, cands[0].date_end) == (dt.date(1986, 5, 25), dt.date(1986, 5, 26))


def test_the_day_a_deals_implementation_began_dates_the_release_not_a_deal(ex):
    text = ("في 16 كانون الثاني/يناير 2016، وهو اليوم الذي أُعلن فيه بدء تنفيذ الاتفاق النووي، أفرجت إيران عن أربعة أمريكيين "
            "من أصل إيراني مقابل عفو أمريكي عن سبعة إيرانيين.")
    assert kinds(ex, text, pub="2024-01-10") == ["prisoner_release"]


def test_the_sides_accepting_to_go_on_talking_make_the_round_partial(ex):
    from pipeline.extract import actors_table
    from pipeline.extract.base import assemble

    text = "نخستین دور گفت‌وگوهای ایران و آمریکا روز شنبه ۲۳ فروردین ۱۴۰۴ در مسقط برگزار شد. دو طرف پذیرفتند که گفت‌وگوها ادامه یابد."
    t = assemble(ex.extract(DocInput("t", text, "fa", dt.date(2025, 4, 14))), actors_table())
    assert list(t["events"]["outcome"]) == ["partial"]


def test_the_undated_next_sentence_about_the_meeting_is_that_meeting_again(ex):
    from pipeline.extract import actors_table
    from pipeline.extract.base import assemble

    text = ("محمدجواد ظریف و جان کری روز ۱۸ آبان ۱۳۹۳ برای گفت‌وگو درباره پرونده هسته‌ای در مسقط گرد آمدند. "
            "یوسف بن علوی در آغاز به مهمانان خوشامد گفت. "
            "نشست سه‌جانبه دو روز ادامه یافت، اما بی‌آنکه توافقی حاصل شود به پایان رسید و هیئت‌ها راهی وین شدند.")
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2014, 11, 12)))
    assert len(cands) == 2 and cands[1].same_as == (cands[0].char_start, cands[0].char_end)
    assert cands[1].quote.startswith("نشست سه‌جانبه")
    # its 'ended without a deal' is no agreement to go on talking
    assert list(assemble(cands, actors_table())["events"]["outcome"]) != ["partial"]


def test_a_third_states_minister_visiting_one_side_borrows_no_other_side(ex):
    before = "رئیس‌جمهور آمریکا شامگاه جمعه در توییتر ایران را تهدید کرد. "
    visit = "محمد بن عبدالرحمن آل ثانی، وزیر امور خارجه قطر، روز شنبه ۱۴ دی ۱۳۹۸ در سفری به تهران با رئیس‌جمهور دیدار کرد."
    assert none_in(ex, before + visit, "fa", pub="2020-01-05")
    # a message in the next sentence makes him a go-between of the two sides
    text = before + visit + " او حامل پیامی از واشنگتن برای مقام‌های ایرانی بود."
    assert kinds(ex, text, "fa", pub="2020-01-05")[:1] == ["visit"]


def test_a_third_states_visit_whose_official_carried_a_message_later_in_the_article_is_the_sides_contact(ex):
    lead = "سفر دو روزه شینزو آبه، نخست‌وزیر ژاپن، به تهران که از چهارشنبه ۲۲ خرداد ۱۳۹۸ آغاز شد، واکنش‌های گسترده‌ای برانگیخت.\n\n"
    later = "آبه پنجشنبه ۲۳ خرداد در دیدار با آیت‌الله خامنه‌ای، پیامی از سوی دونالد ترامپ را مطرح کرد."
    filler = "ژاپن از خریداران سنتی نفت ایران بوده است.\n\n"
    cands = ex.extract(DocInput("t", lead + filler + later, "fa", dt.date(2019, 6, 14)))
    assert [c.event_type for c in cands] == ["visit", "visit"] and cands[1].same_as == (cands[0].char_start, cands[0].char_end)
    assert cands[0].quote.startswith("سفر دو روزه") and {m.actor_id for m in cands[0].mediators} >= {"JPN"}
    # with no message anywhere, the visit stays Japan's
    assert none_in(ex, lead + filler, "fa", pub="2019-06-14")


def test_a_meeting_held_in_an_attempt_to_conclude_a_deal_is_still_a_meeting(ex):
    # the attempt is the deal's (its aim), not the meeting's: the meeting took place
    c = one(ex, "وجمع الاجتماع الذي استضافته جنيف في 5 أيار/مايو 2016 وزيري خارجية إيران والولايات المتحدة، في محاولة أخيرة لإبرام اتفاق قبل نهاية المهلة.")
    assert (c.event_type, c.date_start) == ("meeting", dt.date(2016, 5, 5))
    assert none_in(ex, "وسعى وزيرا خارجية إيران والولايات المتحدة في 5 أيار/مايو 2016 في محاولة أخيرة لإبرام اتفاق.")


def test_ministerial_and_ministries_are_not_visited(ex):
    from pipeline.extract.rules import scan
    from pipeline.text import normalize

    for w in ("اجتماع وزاري", "جولة وزارية", "عدة وزارات", "وزارته"):
        assert not [h for h in scan(normalize(w), ex.lex, "ar") if h.key == "event_types.visit"], w
    assert [h.term for h in scan(normalize("وزار ظريف طهران"), ex.lex, "ar") if h.key == "event_types.visit"] == ["زار"]


def test_social_ambassadors_and_names_are_no_contact_words(ex):
    from pipeline.extract.rules import scan
    from pipeline.text import normalize

    def keys(text, lang):
        return {h.key for h in scan(normalize(text), ex.lex, lang) if h.cat == "cue"}

    assert "event_types.meeting" not in keys("على وسائل التواصل الاجتماعي والشبكات الاجتماعية", "ar")
    assert "event_types.meeting" in keys("في الاجتماع", "ar")
    assert "event_types.visit" not in keys("سفرای اروپایی", "fa")
    assert "event_types.message_exchange" not in keys("نامها و چهرهها", "fa")
    assert not keys("اقرأ أيضاً: في ولاية ترامب الأولى، بالإضافة إلى كلا الخيارين، بوصفه مبعوثا فقط", "ar") & {
        "confirmation", "negation", "statement"
    }
    assert {"confirmation", "negation"} <= keys("أقر الطرفان بأنهما لم يلتقيا قط", "ar")
    assert "generic" not in keys("در سال‌های ۱۳۹۲ تا ۱۳۹۴", "fa")
    assert "generic" in keys("در سال‌های گذشته", "fa") and "generic" in keys("سال‌ها", "fa")


def test_a_third_states_visit_asked_about_whether_it_carried_a_message_borrows_no_side(ex):
    text = (
        "بدر البوسعیدی، وزیر امور خارجه عمان، دیروز شنبه در سفری از پیش اعلام‌نشده به تهران با رئیس‌جمهور و وزیر امور خارجه دیدار کرد. "
        "سخنگو در پاسخ به پرسشی درباره اینکه آیا وزیر عمانی حامل پیامی از واشنگتن بوده است، تنها گفت این سفر دوجانبه بود."
    )
    assert none_in(ex, text, "fa", "2024-06-16")
    # reported as carrying one, the visit is the sides' contact through a go-between
    said = text.replace("در پاسخ به پرسشی درباره اینکه آیا وزیر عمانی حامل پیامی از واشنگتن بوده است، تنها گفت", "گفت وزیر عمانی حامل پیامی از واشنگتن بود و")
    assert kinds(ex, said, "fa", "2024-06-16") == ["visit"]


def test_no_cue_word_is_read_inside_a_name(ex):
    from pipeline.extract.rules import _not_inside_names, scan
    from pipeline.text import normalize

    def cues(text, lang="ar"):
        v = normalize(text)
        return sorted({h.key for h in _not_inside_names(v.text, scan(v, ex.lex, lang)) if h.cat == "cue"})

    assert "statement" not in cues("التقى جون كيري")  # ك + يرى 'sees'
    assert "topics.nuclear" not in cues("الرئيس باراك أوباما")  # ب + اراك
    assert "confirmation" not in cues("علي باقري كني")  # ب + اقر
    assert "mediation.message_carrier" not in cues("الكرسي الرسولي")  # رسول
    assert "purpose" not in cues("برایان هوک", "fa")  # برای
    assert "topics.iraq" in cues("السفير العراقي")  # a state's own topic stays
    assert "statement" in cues("يرى كيري أن الاتفاق ممكن")


def test_a_mediator_said_later_to_oversee_the_funds_is_the_releases_guarantor(ex):
    text = (
        "أفرجت إيران أمس الاثنين عن خمسة أمريكيين مقابل خمسة إيرانيين في صفقة تبادل بوساطة قطرية.\n\n"
        "وقال المتحدث إن العملية جرت كما اتفق عليه.\n\n"
        "وأضاف أن الأموال الإيرانية نُقلت إلى حسابات خاصة، وهي الآن تحت إشراف دولة قطر التي لن تسمح بصرفها إلا لأغراض إنسانية."
    )
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2023, 9, 19)))
    rel = [c for c in cands if c.event_type == "prisoner_release"]
    assert rel and [(m.actor_id, m.mediation_role) for m in rel[0].mediators if m.kind == "state"] == [("QAT", "guarantor")]
    # with no word of the funds, the mediation stays what the sentence says
    plain = ex.extract(DocInput("t", text.rsplit("\n\n", 1)[0], "ar", dt.date(2023, 9, 19)))
    assert [(m.actor_id, m.mediation_role) for c in plain if c.event_type == "prisoner_release" for m in c.mediators if m.kind == "state"] == [("QAT", "facilitator")]


def test_the_go_between_of_a_round_told_two_sentences_later_in_the_next_paragraph(ex):
    text = (
        "اختتمت اليوم الأحد في مسقط جولة المحادثات غير المباشرة بين إيران والولايات المتحدة.\n\n"
        "وقال عراقجي إن الطرفين سيحددان موعد الجولة المقبلة قريبا.\n\n"
        "ونقل وزير الخارجية العماني بدر البوسعيدي الرسائل بين الوفد الإيراني والوفد الأمريكي."
    )
    assert len(events_of(ex, text, "ar", "2025-05-11")) == 1
    meds = {(m.actor_id, m.mediation_role) for x in ex.extract(DocInput("t", text, "ar", dt.date(2025, 5, 11))) for m in x.mediators}
    assert ("OMN", "message_carrier") in meds


def test_a_go_between_official_brings_the_state_he_acts_for(ex):
    text = (
        "اختتمت اليوم الأحد في روما جولة المحادثات غير المباشرة بين إيران والولايات المتحدة.\n\n"
        "ونقل بدر البوسعيدي الرسائل بين الوفد الإيراني والوفد الأمريكي طوال ساعات."
    )
    meds = {(m.actor_id, m.mediation_role) for x in ex.extract(DocInput("t", text, "ar", dt.date(2025, 5, 11))) for m in x.mediators}
    assert {("OMN", "message_carrier"), ("person:badr-albusaidi", "message_carrier")} <= meds


def test_a_round_that_was_scheduled_and_then_postponed_or_called_off_is_no_contact(ex):
    assert none_in(ex, "دور چهارم گفت‌وگوهای غیرمستقیم ایران و آمریکا، که قرار بود شنبه ۱۳ اردیبهشت ۱۴۰۴ در رم برگزار شود، به تعویق افتاد.", "fa", "2025-05-07")
    assert none_in(ex, "الجولة السادسة من المحادثات بين إيران والولايات المتحدة، التي كانت مقررة في مسقط في 15 حزيران/يونيو 2025، ألغيت بعد الهجمات.", "ar", "2025-06-20")
    assert none_in(ex, "امروز همان روزی است که قرار بود ششمین دور گفت‌وگوهای ایران و آمریکا در مسقط برگزار شود؛ نشستی که پس از آغاز حملات در بامداد جمعه لغو شد.", "fa", "2025-06-15")


def test_a_date_stamped_with_a_time_of_day_dates_no_contact(ex):
    # a listed headline's publication stamp is a report date
    assert none_in(ex, "• عراقجي وويتكوف التقيا في مسقط (17/04/2025 – 09:40)", "ar", "2025-04-18")
    c = one(ex, "التقى عراقجي وويتكوف في مسقط في 12/04/2025 لبحث الملف النووي.", "ar", "2025-04-18")
    assert c.date_start == dt.date(2025, 4, 12)


def test_a_round_that_was_to_be_held_before_it_was_put_off_is_no_contact(ex):
    assert none_in(ex, "لم تحدد مسقط موعداً جديداً للجولة الرابعة من المحادثات الإيرانية الأمريكية، التي كان مقرراً أن تُعقد في روما يوم السبت الماضي قبل أن تُرجأ.", "ar", "2025-05-07")


def test_the_days_of_a_visits_meetings_are_its_first_and_last_days(ex):
    c = one(ex, "اختتم رئيس الوزراء الياباني شينزو آبي اليوم الخميس زيارة إلى طهران نقل خلالها رسالة من ترامب، التقى خلالها أمس الأربعاء الرئيس حسن روحاني، واليوم المرشد علي خامنئي.", "ar", "2019-06-13")
    assert (c.event_type, c.date_start, c.date_end) == ("visit", dt.date(2019, 6, 12), dt.date(2019, 6, 13))


def test_a_republished_piece_reads_its_relative_dates_from_its_first_publication(ex):
    text = (
        "ملاحظة المحرر: نُشر هذا التقرير لأول مرة يوم الأربعاء 15 تموز/يوليو 2015، ونعيد نشره اليوم كما كُتب.\n\n"
        "أعلنت إيران والولايات المتحدة أمس الثلاثاء في فيينا التوصل إلى الاتفاق النووي."
    )
    c = one(ex, text, "ar", "2025-07-14")
    assert (c.event_type, c.date_start) == ("agreement", dt.date(2015, 7, 14))


def test_a_groups_members_in_brackets_are_not_a_pair_of_their_own(ex):
    c = one(ex, "أعلنت إيران ومجموعة الدول الست (الولايات المتحدة وروسيا والصين وبريطانيا وفرنسا وألمانيا) أمس الثلاثاء في فيينا التوصل إلى الاتفاق النووي.", "ar", "2015-07-15")
    assert c.event_type == "agreement" and {"IRN", "USA"} <= set(c.parties)


def test_the_round_after_which_a_deal_was_announced_is_the_deals_contact(ex):
    text = "أعلن الطرفان الإيراني والأمريكي أمس الثلاثاء في فيينا التوصل إلى الاتفاق النووي، بعد مفاوضات ماراثونية في فندق كوبورغ بدأت في 27 حزيران/يونيو الماضي."
    assert [c.event_type for c in events_of(ex, text, "ar", "2015-07-15")] == ["agreement"]


def test_a_role_denied_in_a_contact_does_not_deny_the_contact(ex):
    text = (
        "در ۱۰ آبان ۱۳۵۸ مهدی بازرگان در الجزیره با زبیگنیو برژینسکی، مشاور امنیت ملی آمریکا، دیدار کرد. "
        "دولت الجزایر میزبان جشن‌ها بود، اما در این دیدار نقشی نداشت."
    )
    cands = ex.extract(DocInput("t", text, "fa", None))
    assert cands and all(c.certainty != "denied" for c in cands)


def test_no_separate_bilateral_on_the_sidelines_does_not_deny_the_session(ex):
    text = (
        "نشست دیروز شنبه ۲۹ تیر ۱۳۸۷ در ژنو با حضور ویلیام برنز و سعید جلیلی برگزار شد. "
        "خبرگزاری فرانسه گزارش داد برنز و جلیلی در حاشیه نشست دیدار جداگانه‌ای نداشتند."
    )
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2008, 7, 20)))
    assert cands and all(c.certainty != "denied" for c in cands)


def test_a_third_states_visit_whose_official_carried_a_message_told_in_the_next_sentence(ex):
    text = (
        "سفر دوروزه شینزو آبه، نخست‌وزیر ژاپن، به تهران که چهارشنبه و پنجشنبه گذشته انجام شد، موضوع اصلی روزنامه‌های امروز است. "
        "آبه در این سفر با حسن روحانی گفت‌وگو کرد و روز پنجشنبه پیامی از دونالد ترامپ را به رهبر انقلاب رساند."
    )
    cands = events_of(ex, text, "fa", "2019-06-15")
    assert [c.event_type for c in cands] == ["visit"] and cands[0].char_start == 0
    assert ("JPN", "message_carrier") in {(m.actor_id, m.mediation_role) for m in cands[0].mediators}


def test_a_round_that_was_scheduled_at_the_end_of_a_long_subject_is_planned(ex):
    assert none_in(ex, "قبل أن تندلع الحرب في 13 حزيران/يونيو 2025، كانت جولة سادسة من المحادثات غير المباشرة بين طهران وواشنطن مقررة في مسقط يوم الأحد 15 حزيران/يونيو 2025.", "ar", "2025-07-01")


def test_the_possibility_of_a_deal_is_no_deal(ex):
    assert none_in(ex, "قال الرئيس الأمريكي دونالد ترامب أمس الأربعاء إنه بات أقل ثقة في إمكان التوصل إلى اتفاق مع طهران.", "ar", "2025-06-12")


def test_a_caption_headed_by_its_own_past_date_tells_a_contact_in_the_historic_present(ex):
    c = one(ex, "1/8 – الجزائر، 1 نوفمبر 1979: مستشار الأمن القومي الأميركي زبيغنيو بريجنسكي يلتقي رئيس الحكومة الإيرانية المؤقتة مهدي بازركان.", "ar", "2025-04-11")
    assert (c.event_type, c.date_start) == ("meeting", dt.date(1979, 11, 1))
    # with no such heading date, the imperfect is today's schedule
    assert none_in(ex, "يلتقي وزير الخارجية الإيراني عباس عراقجي المبعوث الأميركي ستيف ويتكوف في مسقط اليوم السبت.", "ar", "2025-04-12")


def test_the_state_whose_plane_flew_the_freed_out_did_not_free_them(ex):
    c = one(ex, "فردای آن روز، ۳۰ دی ۱۳۵۹، ۵۲ گروگان آمریکایی پس از ۴۴۴ روز آزاد شدند و هواپیمای الجزایری آنان را از فرودگاه مهرآباد به الجزیره برد.", "fa", None)
    assert c.event_type == "prisoner_release" and {"IRN", "USA"} <= set(c.parties)


def test_a_release_reported_done_types_the_sentence_over_the_talks_that_produced_it(ex):
    c = one(ex, "حاصل این مذاکرات در دی ۱۳۹۴ آشکار شد: در روزهای ۲۶ و ۲۷ همان ماه، سه آمریکایی از زندان‌های ایران آزاد شدند و آمریکا نیز هفت ایرانی را عفو کرد.", "fa", None)
    assert (c.event_type, c.date_start, c.date_end) == ("prisoner_release", dt.date(2016, 1, 16), dt.date(2016, 1, 17))


def test_agreeing_to_continue_with_the_next_round_scheduled_makes_the_round_partial(ex):
    text = (
        "اختتمت اليوم السبت في مسقط الجولة الثالثة من المحادثات غير المباشرة بين إيران والولايات المتحدة.\n\n"
        "وقال المتحدث إن الخلافات لا تزال جدية.\n\n"
        "لكن الطرفين اتفقا على مواصلة المحادثات، على أن تُعقد الجولة المقبلة السبت المقبل."
    )
    assert [(c.event_type, c.outcome) for c in events_of(ex, text, "ar", "2025-04-26")] == [("talks", "partial")]


def test_more_ways_of_saying_a_contact_came_to_nothing(ex):
    c = one(ex, "در ۱۸ آبان ۱۳۹۳ نشست سه‌جانبه ظریف و کری در مسقط دو روز ادامه یافت، بی‌آنکه توافقی حاصل شود.", "fa", None)
    assert c.outcome == "no_agreement"
    c = one(ex, "التقى وارن كريستوفر الإيراني صادق طباطبائي قرب بون في أيلول/سبتمبر 1980، لكن اندلاع الحرب جمّد ذلك المسار.", "ar", None)
    assert c.outcome == "no_agreement"


def test_principals_instructing_their_teams_after_a_call_make_it_partial(ex):
    text = (
        "أجرى الرئيس الأمريكي باراك أوباما اتصالاً هاتفياً بنظيره الإيراني حسن روحاني يوم الجمعة 27 أيلول/سبتمبر 2013.\n\n"
        "وقال البيت الأبيض إن الرئيسين أوعزا إلى فريقيهما بالعمل سريعاً على اتفاق بشأن البرنامج النووي."
    )
    assert [c.outcome for c in events_of(ex, text, "ar", "2013-09-28")] == ["partial"]


def test_nuclear_talks_in_an_article_that_speaks_of_lifting_sanctions_are_about_sanctions_too(ex):
    lead = "اختتمت اليوم السبت في مسقط جولة المحادثات غير المباشرة بين إيران والولايات المتحدة حول البرنامج النووي.\n\n"
    lead += "وقال المتحدث إن الأجواء كانت جيدة. وأضاف أن الوفد سيعود إلى طهران الليلة. وتابعت وسائل الإعلام الحدث باهتمام.\n\n"
    relief = "ويرى محللون أن رفع العقوبات هو ما تطلبه طهران في المقابل."
    assert [sorted(c.topics) for c in events_of(ex, lead + relief, "ar", "2025-04-26")] == [["nuclear", "sanctions"]]
    # sanctions named, but not their lifting: not the bargain's other half
    assert [sorted(c.topics) for c in events_of(ex, lead + "وفي طهران، تراجعت العملة بعد فرض العقوبات.", "ar", "2025-04-26")] == [["nuclear"]]


def test_a_host_at_its_own_venue_is_no_rival_go_between_when_merging():
    import pandas as pd

    from pipeline.extract.base import ActorRef, Candidate, assemble

    d = dt.date(2025, 5, 23)
    common = dict(rule="r", confidence=0.7, date_start=d, date_end=d, date_precision="day", date_edtf=d.isoformat(), parties=frozenset({"IRN", "USA"}), event_type="talks")
    ita = ActorRef("ITA", "Italy", "ایتالیا", "state", "ITA", mediation_role="host")
    omn = ActorRef("OMN", "Oman", "عمان", "state", "OMN", mediation_role="message_carrier")
    qat = ActorRef("QAT", "Qatar", "قطر", "state", "QAT", mediation_role="message_carrier")
    round_ = Candidate(doc_id="d", char_start=0, char_end=10, quote="round in Rome", location_country="ITA", location_city="Rome", mediators=[ita], **common)
    shuttle = Candidate(doc_id="d", char_start=20, char_end=30, quote="Oman relayed", mediators=[omn], **common)
    actors = pd.DataFrame({"actor_id": ["IRN", "USA", "ITA", "OMN", "QAT"], "name_en": ["Iran", "United States", "Italy", "Oman", "Qatar"]})
    assert len(assemble([round_, shuttle], actors)["events"]) == 1
    # two go-betweens that are not the venue's state are two channels
    other = Candidate(doc_id="d", char_start=40, char_end=50, quote="Qatar relayed", mediators=[qat], **common)
    assert len(assemble([shuttle, other], actors)["events"]) == 2


def test_the_date_before_a_flight_carrying_the_freed_is_the_flights(ex):
    c = one(ex, "وروى دبلوماسي عُماني أنه في 21 أيلول/سبتمبر 2011 أقلّت طائرة عُمانية الشابين الأمريكيين من طهران إلى مسقط، بعد أن أفرج عنهما القضاء الإيراني بكفالة.", "ar", "2021-09-22")
    assert (c.event_type, c.date_start) == ("prisoner_release", dt.date(2011, 9, 21))


def test_today_s_meeting_after_a_meeting_with_third_states_that_day_is_that_meeting_again(ex):
    text = (
        "محادثات إيرانية أوروبية في جنيف.. وواشنطن تراقب\n\n"
        "عقد وزير الخارجية الإيراني عباس عراقجي اليوم الثلاثاء اجتماعاً في جنيف مع نظرائه من فرنسا وبريطانيا وألمانيا.\n\n"
        "وتطالب العواصم الثلاث طهران باستئناف التعاون مع الوكالة الدولية للطاقة الذرية.\n\n"
        "وقال المبعوث الأمريكي ستيف ويتكوف هذا الأسبوع إن واشنطن مستعدة للقاء الإيرانيين في أي وقت.\n\n"
        "ويرى محللون أن اجتماع اليوم يشتري الوقت للطرفين."
    )
    # (the headline lends the sides to a sentence that names none)
    assert events_of(ex, text, "ar", "2025-08-12") == []
    # a meeting of the two sides on another day is not that one
    other = text.replace("اجتماع اليوم يشتري", "اجتماع أمس بين إيران والولايات المتحدة في مسقط يشتري")
    assert [c.date_start for c in events_of(ex, other, "ar", "2025-08-12")] == [dt.date(2025, 8, 11)]


def test_a_date_after_a_further_listed_contact_of_a_third_state_is_that_contacts(ex):
    text = (
        "وذكّر الوزير بسوابق عدة، منها الإفراج عن بحارة أمريكيين احتجزتهم إيران بوساطة سويسرية، "
        "وتبادل السجناء بين إيران والدنمارك الذي رعته الدوحة في شباط/فبراير 2023."
    )
    assert events_of(ex, text, "ar", "2025-10-21") == []
    # the same sentence with the date after the first contact dates it
    dated = text.replace("احتجزتهم إيران بوساطة سويسرية", "احتجزتهم إيران بوساطة سويسرية في كانون الثاني/يناير 2016")
    assert [c.date_start for c in events_of(ex, dated, "ar", "2025-10-21")] == [dt.date(2016, 1, 1)]


def test_one_trip_to_a_third_state_with_no_word_of_a_contact_is_that_states_contact(ex):
    text = "وأشار الوزير إلى زيارة الرئيس الإيراني إلى الدوحة في شباط/فبراير الماضي، وإلى تعاون وثيق مع الجانب الأمريكي في أمن الطاقة."
    assert events_of(ex, text, "ar", "2025-10-21") == []
    told = "وقال الوزير إنه نقل إلى الرئيس الإيراني ما سمعه من الرئيس الأمريكي حين زار الدوحة الشهر الماضي."
    assert events_of(ex, told, "ar", "2025-10-21") == []
    # the other side met on that trip is one
    met = "وأشار الوزير إلى زيارة وزير الخارجية الإيراني إلى الدوحة في شباط/فبراير الماضي، والتقى خلالها المبعوث الأمريكي."
    assert [sorted(c.parties) for c in events_of(ex, met, "ar", "2025-10-21")] == [["IRN", "USA"]]


def test_a_recent_message_the_headline_says_has_not_arrived_was_not_exchanged(ex):
    body = "قال مسؤول أمريكي إن الرئيس الأمريكي بعث يوم الخميس رسالة إلى القيادة الإيرانية عبر وسيط.\n\nوأضاف أن واشنطن تنتظر الرد."
    assert len(events_of(ex, body, "ar", "2025-03-09")) == 1
    assert events_of(ex, "رسالة البيت الأبيض إلى طهران لم تصل بعد\n\n" + body, "ar", "2025-03-09") == []


def test_many_messages_arriving_from_several_parties_is_a_habit_not_one_contact(ex):
    text = "وقال المتحدث باسم الخارجية الإيرانية أمس الأربعاء إن «رسائل كثيرة تصل من أطراف عدة» بين طهران وواشنطن."
    assert events_of(ex, text, "ar", "2025-08-21") == []
    fa = "سخنگوی وزارت خارجه روز دوشنبه گفت پیام‌های زیادی میان تهران و واشنگتن از طریق کشورهای مختلف رد و بدل می‌شود."
    assert events_of(ex, fa, "fa", "2025-08-21") == []


def test_a_contact_word_in_the_title_of_a_work_is_no_contact(ex):
    text = "يروي الدبلوماسي الأمريكي في فيلمه «محادثات مسقط» الذي بثته قناة أمريكية أمس الأحد تجربته مع المفاوضين الإيرانيين."
    assert events_of(ex, text, "ar", "2025-05-05") == []
    # the same words as the contact's own, in quotes that name no work, still report it
    said = "قال الدبلوماسي الأمريكي إن «محادثات مسقط» أمس الأحد مع المفاوضين الإيرانيين كانت مفيدة."
    assert len(events_of(ex, said, "ar", "2025-05-05")) == 1


def test_persian_from_a_year_with_a_present_copula_is_a_state_since_then_not_a_date(ex):
    text = "سفارت سوئیس در تهران از اظهار نظر درباره محتوای پیام‌ها خودداری کرد و یادآوری کرد که این کشور از سال ۱۳۵۹ حافظ منافع آمریکا در ایران است."
    assert events_of(ex, text, "fa", "2020-01-05") == []
    # 'from year X' heading a clause with a past verb still dates it
    began = "مذاکرات محرمانه ایران و آمریکا از سال ۱۳۹۲ در مسقط آغاز شد."
    assert [c.date_start.year for c in events_of(ex, began, "fa", "2020-01-05")] == [2013]


def test_undated_messages_about_this_exchange_a_few_sentences_on_name_its_go_between(ex):
    text = (
        "امروز شنبه ۱۶ آذر ۱۳۹۸ یک دانشمند ایرانی در فرودگاه زوریخ در قالب تبادلی با یک پژوهشگر آمریکایی آزاد شد.\n\n"
        "هر دو نفر صبح امروز به زوریخ منتقل شدند.\n\n"
        "دولت عمان ماه‌ها پیام‌های دو طرف درباره این تبادل را میان تهران و واشنگتن جابه‌جا کرده بود."
    )
    (c,) = events_of(ex, text, "fa", "2019-12-07")
    assert (c.event_type, c.format) == ("prisoner_release", "indirect")
    # (the go-between is named by the mention that names it, merged into the release)
    said = [m for m in ex.extract(DocInput("t", text, "fa", dt.date(2019, 12, 7))) if m.same_as == (c.char_start, c.char_end)]
    assert [(m.actor_id, m.mediation_role) for x in said for m in x.mediators] == [("OMN", "message_carrier")]


def test_a_trip_to_a_third_state_meeting_its_people_with_no_message_is_that_states_contact(ex):
    text = "وذكّر بأن وزير الخارجية الأمريكي زار الدوحة في آذار/مارس 2018، والتقى أمير قطر، من دون أن يُعلن عن أي رسالة إلى طهران."
    assert events_of(ex, text, "ar", "2025-01-20") == []
    # meeting the other side there is the sides' contact
    met = "وذكّر بأن وزير الخارجية الأمريكي زار الدوحة في آذار/مارس 2018، والتقى نظيره الإيراني محمد جواد ظريف."
    assert [sorted(c.parties) for c in events_of(ex, met, "ar", "2025-01-20")] == [["IRN", "USA"]]


def test_a_gulf_tour_is_no_round_of_talks(ex):
    text = "بدأ وزير الخارجية الأمريكي أمس جولة خليجية تشمل مسقط والدوحة، وسط أنباء عن رسائل إلى طهران."
    assert "talks" not in [c.event_type for c in events_of(ex, text, "ar", "2025-01-20")]
    own = "وكان وزير الخارجية الأمريكي قد زار مسقط في كانون الثاني/يناير 2019 خلال جولته الخليجية والتقى وزير الخارجية الإيراني."
    assert [c.event_type for c in events_of(ex, own, "ar", "2025-01-20")] == ["meeting"]


def test_a_day_before_a_return_to_a_deal_is_that_acts_not_the_deals(ex):
    text = "رحّبت الصين بإعلان الرئيس الأمريكي، مساء أمس الاثنين، عودة بلاده إلى الاتفاق النووي الذي أبرمته إدارة سلفه مع إيران."
    assert events_of(ex, text, "ar", "2021-02-09") == []
    signed = "رحّبت الصين بالاتفاق النووي الذي أبرمته الولايات المتحدة مع إيران مساء أمس الاثنين."
    assert [c.date_start for c in events_of(ex, signed, "ar", "2021-02-09")] == [dt.date(2021, 2, 8)]


def test_a_release_on_grounds_of_health_granted_by_one_side_is_not_negotiated(ex):
    text = "أفرجت السلطات الإيرانية في آب/أغسطس 2016 عن سجين أمريكي لأسباب صحية."
    assert events_of(ex, text, "ar", "2025-01-20") == []
    assert len(events_of(ex, text.replace(" لأسباب صحية", ""), "ar", "2025-01-20")) == 1
    fa = "یک زندانی آمریکایی در مرداد ۱۳۹۵ به دلایل پزشکی از زندان اوین آزاد شد."
    assert events_of(ex, fa, "fa", "2025-01-20") == []
    # a go-between's part makes it one
    assert len(events_of(ex, text.replace("لأسباب صحية", "لأسباب صحية بوساطة سويسرية"), "ar", "2025-01-20")) == 1


def test_a_span_of_three_years_or_more_is_a_period_not_a_contacts_date(ex):
    text = "ضيفنا كان في الغرفة حين جلس الأمريكيون إلى طاولة المفاوضات النووية مع إيران، وهو عضو فريق التفاوض بين عامي 2007 و2010."
    assert events_of(ex, text, "ar", None) == []
    # two years can still date one contact (Persian)
    fa = "رابرت مالی در ماه‌های پایانی سال ۲۰۲۲ و آغاز ۲۰۲۳ در نیویورک با سفیر ایران دیدار کرده است."
    assert len(events_of(ex, fa, "fa", "2023-06-01")) == 1


def test_persian_date_in_a_relative_clause_of_an_arrest_is_the_arrests(ex):
    text = "نمایندگان یادآور شدند که دو دیپلمات ایرانی که در بهمن ۱۳۸۵ در بغداد به دست نیروهای آمریکایی بازداشت شده بودند، آزاد نشده‌اند و مذاکره با آمریکا پیش از آزادی آنان را نادرست خواندند."
    assert events_of(ex, text, "fa", "2007-06-01") == []
    # a contact word inside that clause keeps its date
    held = "دیپلمات‌های ایرانی که در بهمن ۱۳۸۵ در بغداد با هیئت آمریکایی مذاکره کرده بودند، بازداشت شدند."
    assert [c.date_start.year for c in events_of(ex, held, "fa", "2007-06-01")] == [2007]


def test_preparations_for_a_meeting_and_the_day_after_tomorrow_are_future(ex):
    text = "ولم تعلن سلطنة عُمان حتى مساء أمس الأربعاء تفاصيل الترتيبات، غير أن مصدراً قال إن التحضيرات لاجتماع السبت بين الوفدين الإيراني والأمريكي تجري بهدوء."
    assert events_of(ex, text, "ar", "2025-04-10") == []
    after = "أعلنت الخارجية العمانية أمس الأربعاء أن الوفدين الإيراني والأمريكي سيلتقيان بعد غد في مسقط."
    assert events_of(ex, after, "ar", "2025-04-10") == []


def test_the_day_in_a_holding_clause_after_the_contact_word_is_the_contacts(ex):
    text = "توالت اليوم الأحد ردود الفعل على الجولة الثالثة من المحادثات بين إيران والولايات المتحدة، التي احتضنتها مسقط أمس السبت."
    assert [c.date_start for c in events_of(ex, text, "ar", "2025-04-27")] == [dt.date(2025, 4, 26)]
    # a person's clause («الذي اعتُقل …») does not date the contact
    freed = "وفي السابع من كانون الأول/ديسمبر الماضي جرى في مطار زيورخ تبادل الباحث الأمريكي، الذي اعتُقل في إيران عام 2016، بعالم إيراني."
    assert [c.date_start for c in events_of(ex, freed, "ar", "2020-06-05")] == [dt.date(2019, 12, 7)]


def test_a_place_after_a_future_marker_is_the_next_contacts_not_this_ones(ex):
    text = "ووصف وزير الخارجية الإيراني محادثات أمس مع الوفد الأمريكي بأنها جيدة، واتفق الطرفان على أن تبدأ اجتماعات الخبراء يوم الأربعاء المقبل في سلطنة عُمان."
    (c,) = events_of(ex, text, "ar", "2025-04-20")
    assert (c.date_start, c.location_country) == (dt.date(2025, 4, 19), None)


def test_a_contact_with_third_parties_only_is_theirs_when_the_other_side_is_in_another_clause(ex):
    text = "وعقد رئيس الوفد الإيراني أمس لقاءات منفصلة مع رؤساء وفود فرنسا وألمانيا وبريطانيا، فيما اجتمع المفاوضون الأوروبيون لاحقاً بالوفد الأمريكي."
    assert events_of(ex, text, "ar", "2021-12-10") == []
    # the other side in the list is the sides' contact
    both = "وعقد رئيس الوفد الإيراني أمس لقاءات منفصلة مع رئيس الوفد الأمريكي، فيما غادر الوفد الروسي."
    assert len(events_of(ex, both, "ar", "2021-12-10")) == 1


def test_a_postponed_round_to_be_reset_by_mutual_agreement_is_no_deal(ex):
    text = (
        "أعلنت سلطنة عُمان أمس الخميس تأجيل الجولة الخامسة من المحادثات بين إيران والولايات المتحدة، "
        "على أن يُحدَّد موعد جديد «بالاتفاق المتبادل» بين الطرفين.\n\n"
        "وكتب وزير الخارجية العُماني أن الاجتماع الذي كان منتظراً في العاشر من أيار/مايو سيُرجأ."
    )
    assert events_of(ex, text, "ar", "2025-05-09") == []


def test_a_chronology_of_bare_date_lines_dates_its_entries_and_the_aggregate_is_no_extra_series(ex):
    text = (
        "تسلسل زمني: بغداد بين طهران وواشنطن\n\n"
        "فقد استضافت بغداد في عام 2007 جولتين علنيتين من المحادثات الإيرانية الأمريكية حول أمن العراق. في ما يلي المحطات.\n\n"
        "28 أيار 2007\n\n"
        "التقى السفير الأمريكي والسفير الإيراني في مكتب رئيس الوزراء العراقي في أول محادثات رسمية بين البلدين.\n\n"
        "24 تموز 2007\n\n"
        "جولة ثانية في المكان نفسه بين السفيرين الأمريكي والإيراني استمرت سبع ساعات."
    )
    got = sorted((c.event_type, c.date_start) for c in events_of(ex, text, "ar", None))
    assert got == [("meeting", dt.date(2007, 5, 28)), ("talks", dt.date(2007, 7, 24))]
    # a count larger than the rounds told stays a series beside them
    five = text.replace("جولتين علنيتين", "خمس جولات علنية")
    assert sorted(c.event_type for c in events_of(ex, five, "ar", None)) == ["meeting", "series", "talks"]


def test_the_round_reported_began_on_an_earlier_day_and_a_next_day_in_apposition_with_its_weekday(ex):
    text = (
        "انتهت أمس الاثنين في فيينا جولة المفاوضات النووية بين إيران والولايات المتحدة من دون اتفاق.\n\n"
        "وكانت الجولة قد بدأت الثلاثاء 18 تشرين الثاني/نوفمبر بمشاركة وزير الخارجية الأمريكي ونظيره الإيراني."
    )
    (c,) = events_of(ex, text, "ar", "2014-11-25")
    assert (c.date_start, c.date_end) == (dt.date(2014, 11, 18), dt.date(2014, 11, 24))
    nxt = (
        "استضافت مسقط يومي 9 و10 تشرين الثاني/نوفمبر 2014 لقاءً جمع وزير الخارجية الأمريكي ونظيره الإيراني.\n\n"
        "وفي اليوم التالي، الثلاثاء، اجتمع المديرون السياسيون الأمريكيون مع الوفد الإيراني في مسقط."
    )
    assert sorted(c.date_start for c in events_of(ex, nxt, "ar", "2014-11-25")) == [dt.date(2014, 11, 9), dt.date(2014, 11, 11)]


def test_the_days_that_began_on_a_day_before_a_deal_are_the_deals_round(ex):
    text = (
        "قبل عشر سنوات، في الثاني من نيسان/أبريل 2015، أعلن وزير الخارجية الإيراني ووزير الخارجية الأمريكي في لوزان التوصل إلى اتفاق إطار.\n\n"
        "كانت تلك الأيام الثمانية، التي بدأت في 26 آذار/مارس، من أطول جولات التفاوض في تاريخ الملف. "
        "وشهد فندق بو ريفاج عشرات الساعات من اللقاءات المباشرة بين ظريف وكيري."
    )
    (c,) = events_of(ex, text, "ar", "2025-04-02")
    assert (c.event_type, c.date_start, c.date_end) == ("agreement", dt.date(2015, 3, 26), dt.date(2015, 4, 2))


@pytest.mark.parametrize("powers", ["القوى الست الكبرى", "القوى الكبرى الست"])
def test_the_six_major_powers_are_the_p5_plus_1(ex, powers):
    text = f"أعلن وزير الخارجية الإيراني و{powers} أمس الخميس في لوزان التوصل إلى اتفاق إطار بشأن البرنامج النووي."
    assert [sorted(c.parties) for c in events_of(ex, text, "ar", "2015-04-03")] == [["IRN", "USA"]]


def test_the_talks_of_a_city_began_on_a_weekday_with_its_solar_day_in_brackets(ex):
    text = (
        "انتهت مساء امس الاربعاء في العاصمه القطريه جوله المحادثات غير المباشره بين ايران والولايات المتحده دون اتفاق.\n\n"
        "وكانت محادثات الدوحه قد انطلقت الثلاثاء (7 تير) بين الوفدين الايراني والامريكي."
    )
    (c,) = events_of(ex, text, "ar", "2022-06-30")
    assert (c.date_start, c.date_end) == (dt.date(2022, 6, 28), dt.date(2022, 6, 29))


def test_a_day_without_a_year_just_after_publication_is_the_coming_one(ex):
    text = "وكان الوزير العماني قد أعلن قبل أيام أن لقاء الخامس عشر من حزيران/يونيو بين الوفدين الإيراني والأمريكي في مسقط حاسم."
    assert events_of(ex, text, "ar", "2025-06-14") == []
    # read a month later, the same words name a day past
    assert [c.date_start for c in events_of(ex, text, "ar", "2025-07-20")] == [dt.date(2025, 6, 15)]
    cancelled = "باتت الجولة السادسة من المحادثات بين إيران والولايات المتحدة، التي كانت مقررة في مسقط غداً الأحد، في حكم الملغاة."
    assert events_of(ex, cancelled, "ar", "2025-06-14") == []


def test_a_trip_to_a_third_state_during_which_this_mediation_was_encouraged_is_that_states_contact(ex):
    text = "وكان الرئيس الأمريكي قد شجع رئيس الوزراء الياباني على القيام بهذه الوساطة خلال زيارته إلى طوكيو الشهر الماضي، حين قال إنه لا يسعى إلى تغيير النظام في إيران."
    assert events_of(ex, text, "ar", "2019-06-14") == []


def test_no_fewer_than_is_a_count_not_a_negation(ex):
    text = "عقد مسؤولون أمريكيون وإيرانيون في عام 2013 ما لا يقل عن خمسة لقاءات سرية مباشرة في سلطنة عُمان."
    assert len(events_of(ex, text, "ar", "2013-11-24")) == 1


@pytest.mark.parametrize("text,lang", [
    ("عقد مسؤولون أمريكيون وإيرانيون في عام 2013 خمسة لقاءات سرية في سلطنة عُمان.", "ar"),
    ("مقام‌های آمریکایی و ایرانی در سال ۲۰۱۳ سه دیدار محرمانه در عمان داشتند.", "fa"),
])
def test_a_counted_number_of_meetings_is_a_series(ex, text, lang):
    assert [c.event_type for c in events_of(ex, text, lang, "2014-01-01")] == ["series"]


def test_a_persian_sentence_opening_with_it_is_scheduled_is_a_schedule_to_its_end(ex):
    text = "قرار است عباس عراقچی، وزیر امور خارجه، و استیو ویتکاف، فرستاده ویژه آمریکا، روز شنبه در مسقط حاضر شوند و وزیر خارجه عمان میزبان این گفت‌وگوها باشد."
    assert events_of(ex, text, "fa", "2025-04-10") == []


def test_numbered_rounds_of_a_chronology_take_the_sides_of_the_round_before(ex):
    text = (
        "گاه‌شمار | از نامه ترامپ تا آتش‌بس\n\n"
        "سرویس سیاسی – با اعلام آتش‌بس، بسیاری می‌پرسند از گفت‌وگوهایی که در بهار امسال آغاز شد چه باقی مانده است. "
        "این گاه‌شمار رویدادهای دیپلماتیک را مرور می‌کند.\n\n"
        "۲۳ فروردین ۱۴۰۴ – نخستین دور گفت‌وگوهای غیرمستقیم در مسقط برگزار شد. عراقچی و ویتکاف پیام‌ها را از طریق البوسعیدی رد و بدل کردند.\n\n"
        "۳۰ فروردین ۱۴۰۴ – دور دوم در سفارت عمان در رم برگزار شد.\n\n"
        "۶ اردیبهشت ۱۴۰۴ – دور سوم در مسقط برگزار شد."
    )
    assert sorted(c.date_start for c in events_of(ex, text, "fa", "2025-06-28")) == [dt.date(2025, 4, 12), dt.date(2025, 4, 19), dt.date(2025, 4, 26)]


def test_this_meeting_after_a_planned_one_is_that_planned_meeting(ex):
    text = (
        "سفیران ایران و آمریکا در بغداد، به گفته مقام‌های عراقی، قرار است فردا دوشنبه در دفتر نخست‌وزیر عراق، در منطقه سبز، با یکدیگر دیدار کنند.\n\n"
        "وزیر امور خارجه ایران امروز یکشنبه در تهران گفت موضوع این دیدار با سفیر آمریکا فقط امنیت عراق است."
    )
    assert events_of(ex, text, "fa", "2007-05-27") == []



def test_persian_talks_that_began_from_a_day_before_the_deal_are_the_deals_round(ex):
    text = (
        "ده سال پیش در چنین روزی، پنجشنبه ۱۳ فروردین ۱۳۹۴، ظریف و کری در لوزان سوئیس از توافق ایران و آمریکا خبر دادند.\n\n"
        "تفاهم لوزان حاصل هشت روز گفت‌وگوی بی‌وقفه بود که از ۶ فروردین در هتل بوریواژ، کنار دریاچه ژنو، آغاز شد. "
        "ظریف و جان کری در این روزها بارها با هم نشستند."
    )
    (c,) = events_of(ex, text, "fa", "2025-04-02")
    assert (c.event_type, c.date_start, c.date_end) == ("agreement", dt.date(2015, 3, 26), dt.date(2015, 4, 2))


@pytest.mark.parametrize("text,lang", [
    ("محمدجواد ظریف، وزیر امور خارجه، پس از مبادله دیروز با آمریکا در پیامی از «همه طرف‌های درگیر، به‌ویژه دولت سوئیس» قدردانی کرد.", "fa"),
    ("وجّه الرئيس الأمريكي أمس رسالة شكر إلى الحكومة الإيرانية.", "ar"),
])
def test_a_message_of_thanks_is_a_public_statement(ex, text, lang):
    assert events_of(ex, text, lang, "2019-12-08") == []


def test_an_older_message_that_an_undated_sentence_naming_its_sender_says_never_arrived(ex):
    text = (
        "چهل سال پیش در چنین روزهایی، در ۱۵ آبان ۱۳۵۸، جیمی کارتر دو فرستاده را با نامه‌ای به سوی ایران روانه کرد.\n\n"
        "اما آیت‌الله خمینی دستور داد هیچ مقامی با آنان دیدار نکند و نامه کارتر هرگز به مقصد نرسید."
    )
    assert events_of(ex, text, "fa", "2019-11-07") == []


def test_the_talks_that_produced_the_release_just_reported_are_part_of_it(ex):
    text = (
        "پنج زندانی آمریکایی امروز دوشنبه ۲۷ شهریور ۱۴۰۲ در قالب تبادل با ایران آزاد شدند و تهران را به مقصد دوحه ترک کردند.\n\n"
        "مبادله امروز حاصل ماه‌ها گفت‌وگوی غیرمستقیم ایران و آمریکا بود که در آن میانجی‌های قطری پیام‌های دو طرف را جابه‌جا می‌کردند."
    )
    assert [c.event_type for c in events_of(ex, text, "fa", "2023-09-18")] == ["prisoner_release"]


def test_the_release_of_a_third_states_nationals_takes_no_side_from_the_headline(ex):
    text = (
        "سفیران ایران و آمریکا فردا در بغداد دیدار می‌کنند\n\n"
        "گروه بین‌الملل – دیدار فردا نخستین گفت‌وگوی رسمی دو کشور خواهد بود.\n\n"
        "پانزده نظامی بریتانیایی که در آب‌های خلیج فارس بازداشت شده بودند، ۱۵ فروردین ۱۳۸۶ به دستور محمود احمدی‌نژاد آزاد شدند."
    )
    assert events_of(ex, text, "fa", "2007-05-27") == []


def test_arabic_written_without_hamza_reads_as_with_it(ex):
    # the rules' patterns are written with «بدأت»; scraped text often drops the hamza («بدات»)
    text = (
        "اختتم وزير الخارجية الأمريكي ونظيره الإيراني، أمس الأربعاء، ثلاثة أيام من المحادثات المكثفة في لوزان، "
        "كانت قد بدأت صباح الاثنين في فندق اختاره الوفدان بعيداً عن وسط المدينة."
    )
    plain = text.replace("أ", "ا").replace("إ", "ا")
    sig = [[(c.event_type, c.date_start, c.location_city) for c in events_of(ex, t, "ar", "2015-03-19")] for t in (text, plain)]
    assert sig[0] == sig[1] == [("talks", dt.date(2015, 3, 18), "Lausanne")]


def test_persian_typed_with_arabic_yeh_and_kaf_reads_as_persian_and_is_quoted_as_written(ex):
    text = "گفته می‌شود که مذاکرات ایران و آمریکا به میزبانی دولت عراق، به ترتیب در ۱۰ فروردین ۱۳۹۰، ۱۲ اردیبهشت ۱۳۹۰ و ۳ خرداد ۱۳۹۰ برگزار شده است."
    typed = text.replace("ی", "ي").replace("ک", "ك")
    a, b = events_of(ex, text, "fa", "2025-03-12"), events_of(ex, typed, "fa", "2025-03-12")
    assert [(c.event_type, c.date_start, c.date_end) for c in a] == [(c.event_type, c.date_start, c.date_end) for c in b] == [
        ("talks", dt.date(2011, 3, 30), dt.date(2011, 3, 30))
    ]
    # the evidence is the document as written: quote, date text and the host's name in Arabic letters
    c = b[0]
    assert c.quote == typed[c.char_start : c.char_end] and "ي" in c.quote
    assert c.date_text == "۱۰ فروردين ۱۳۹۰"
    assert [m.name_original for m in c.mediators] == ["دولت عراق"]


def test_persian_written_with_spaces_for_zwnj_reads_its_negation(ex):
    text = "عراقچی روز چهارشنبه گفت: «ما با آمریکا مذاکره مستقیم نمی کنیم؛ این مذاکره در ۱۲ اسفند ۱۴۰۳ در مسقط انجام نمی شود.»"
    assert events_of(ex, text, "fa", "2025-03-12") == []


def test_a_works_title_in_straight_or_curly_quotes_is_no_contact_either(ex):
    for q in ('"', "“”"):
        o, c = q[0], q[-1]
        text = f"يروي الدبلوماسي الأمريكي في فيلمه {o}محادثات مسقط{c} الذي بثته قناة أمريكية أمس الأحد تجربته مع المفاوضين الإيرانيين."
        assert events_of(ex, text, "ar", "2025-05-05") == [], q


def test_arabic_with_harakat_reads_as_without(ex):
    # «بدَأت»: the rules' «بدأت» with a fatha on the dal
    text = (
        "اختتم وزير الخارجية الأمريكي ونظيره الإيراني، أمس الأربعاء، ثلاثة أيام من المحادثات المكثفة في لوزان، "
        "كانت قد بدَأت صباح الاثنين في فندق اختاره الوفدان بعيداً عن وسط المدينة."
    )
    assert [(c.event_type, c.date_start) for c in events_of(ex, text, "ar", "2015-03-19")] == [("talks", dt.date(2015, 3, 18))]


def test_one_side_and_a_third_state_joined_by_and_are_the_contacts_sides(ex):
    text = (
        "دیدار محرمانه ایران و آمریکا در مسقط\n\n"
        "روزنامه فایننشال تایمز روز یکشنبه گزارش داد که هیئت‌هایی از ایران و عربستان سعودی در ۲۰ فروردین (۹ آوریل) در بغداد "
        "و به میزبانی مصطفی الکاظمی، نخست‌وزیر عراق، نخستین دور گفت‌وگوهای مستقیم دو کشور را پس از قطع روابط در سال ۲۰۱۶ "
        "برگزار کرده‌اند."
    )
    assert events_of(ex, text, "fa", "2021-04-20") == []
    # a third state joined to a side with a word of mediation near it is the go-between, not a side
    hosted = (
        "دیدار محرمانه ایران و آمریکا در مسقط\n\n"
        "هیئتی از ایران و میانجی‌های عمان روز ۲۰ فروردین ۱۴۰۰ در مسقط با هیئت آمریکایی گفت‌وگو کردند."
    )
    assert [sorted(c.parties) for c in events_of(ex, hosted, "fa", "2021-04-20")] == [["IRN", "USA"]]


@pytest.mark.parametrize("text,lang", [
    ("أعلنت السلطات الإيرانية الإفراج عن ناقلة النفط الأمريكية المحتجزة يوم 15 أغسطس 2019 بعد وساطة عمانية.", "ar"),
    ("آزادی گروگان‌های آمریکایی در تهران\n\nاین نفتکش آمریکایی که پیشتر در تنگه هرمز توقیف شده بود، ۲۴ مرداد ۱۳۹۸ آزاد شد و اکنون در دریای عمان در حرکت است.", "fa"),
])
def test_a_released_ship_is_no_release_of_people(ex, text, lang):
    assert events_of(ex, text, lang, "2019-09-01") == []
    # its crew are people
    crew = "أفرجت إيران عن طاقم الناقلة الأمريكية يوم 15 أغسطس 2019 بوساطة عمانية."
    assert [c.event_type for c in events_of(ex, crew, "ar", "2019-09-01")] == ["prisoner_release"]
    sailors = "ده ملوان آمریکایی که با دو قایق گشتی در خلیج فارس بازداشت شده بودند، صبح چهارشنبه ۲۳ دی ۱۳۹۴ با میانجیگری سوئیس از سوی ایران آزاد شدند."
    assert [c.event_type for c in events_of(ex, sailors, "fa", "2016-01-20")] == ["prisoner_release"]


@pytest.mark.parametrize("text,lang", [
    ("نخست‌وزیر قطر، شیخ محمد بن عبدالرحمن آل ثانی، روز یکشنبه ۱۷ دی ۱۴۰۲ در دوحه با آنتونی بلینکن درباره غزه گفت‌وگو کرد "
     "و یک روز بعد در تماسی تلفنی با حسین امیرعبداللهیان درباره همان موضوعات رایزنی کرد.", "fa"),
    ("التقى رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني يوم الأحد 7 يناير 2024 في الدوحة مع أنتوني بلينكن، "
     "ثم بحث في اليوم التالي في اتصال هاتفي مع حسين أمير عبد اللهيان الملفات نفسها.", "ar"),
])
def test_a_third_states_separate_contacts_with_each_side_are_its_own(ex, text, lang):
    assert events_of(ex, text, lang, "2024-01-10") == []


def test_his_visit_to_the_same_city_is_the_visit_reported_not_a_new_one(ex):
    text = (
        "وصل رئيس الوزراء الياباني شينزو آبي إلى طهران في 12 حزيران/يونيو 2019 في زيارة نقل خلالها رسالة من الرئيس الأمريكي "
        "دونالد ترامب إلى المرشد الإيراني.\n\n"
        "وتراجعت بعدها التجارة بين البلدين، وخسرت الشركات اليابانية حصتها من النفط الإيراني.\n\n"
        "واغتيل آبي في تموز/يوليو 2022 خلال تجمع انتخابي، وما زالت زيارته إلى طهران حاملاً رسالة من واشنطن إلى القيادة "
        "الإيرانية موضع نقاش في اليابان."
    )
    assert [(c.event_type, c.date_start) for c in events_of(ex, text, "ar", "2024-06-12")] == [("visit", dt.date(2019, 6, 12))]


def test_the_two_sides_after_a_deal_between_others_are_those_others(ex):
    text = (
        "مفاوضات إيرانية أمريكية غير مباشرة في مسقط\n\n"
        "في 29 كانون الثاني/يناير 2004 أثمرت وساطة ألمانية عن صفقة تبادل بين إسرائيل وحزب الله أُفرج بموجبها عن مئات الأسرى. "
        "وتكرر الأمر في 16 تموز/يوليو 2008 في صفقة أخرى بين الطرفين."
    )
    assert events_of(ex, text, "ar", "2024-06-12") == []


@pytest.mark.parametrize("text,lang", [
    ("جلس وزير الخارجية الإيراني عباس عراقجي أمس الجمعة في جنيف قبالة نظرائه الأوروبيين في أول لقاء رفيع منذ أسابيع، "
     "من دون أي حضور أمريكي.", "ar"),
])
def test_without_any_presence_of_a_state_it_is_no_side(ex, text, lang):
    assert events_of(ex, text, lang, "2025-06-21") == []


@pytest.mark.parametrize("text,lang", [
    ("سخنگوی وزارت خارجه پاکستان دیروز در پاسخ به این پرسش که آیا نخست‌وزیر در سفر ۲۱ مهر به تهران پیامی از واشنگتن برای "
     "مقام‌های ایرانی آورده است، گفت درباره جزئیات سخن نمی‌گوید.", "fa"),
    ("وردّاً على سؤال عما إذا كان رئيس الوزراء قد حمل يوم 13 تشرين الأول/أكتوبر رسالة من واشنطن إلى طهران، قال المتحدث إنه "
     "لا يعلّق على التفاصيل.", "ar"),
])
def test_a_contact_asked_about_is_not_reported(ex, text, lang):
    assert events_of(ex, text, lang, "2019-10-20") == []


def test_what_no_one_ever_said_happened_is_not_reported(ex):
    text = (
        "شیخ تمیم بن حمد آل ثانی، امیر قطر، ۲۲ اردیبهشت ۱۴۰۱ به تهران سفر کرد و با ابراهیم رئیسی دیدار کرد. "
        "مقام‌های قطری هیچ‌گاه نگفته‌اند که در این سفر پیامی میان تهران و واشنگتن جابه‌جا شده است."
    )
    assert events_of(ex, text, "fa", "2022-06-30") == []
    said = "ولم يقل المسؤولون القطريون قط إن الأمير حمل في زيارته لطهران يوم 12 أيار/مايو 2022 رسالة من واشنطن إلى إيران."
    assert events_of(ex, said, "ar", "2022-06-30") == []


def test_he_of_the_sentence_before_meeting_one_side_is_that_third_states_contact(ex):
    text = (
        "شیخ تمیم بن حمد آل ثانی، امیر قطر، ۲۲ اردیبهشت ۱۴۰۱ به تهران سفر کرد و با ابراهیم رئیسی دیدار کرد. "
        "او بهمن گذشته نیز در کاخ سفید با جو بایدن دیدار کرده بود."
    )
    assert events_of(ex, text, "fa", "2022-06-30") == []


def test_talks_said_to_be_stalled_at_the_end_of_their_clause_are_no_contact(ex):
    text = (
        "در همین حال، مذاکرات غیرمستقیم ایران و آمریکا درباره برجام نیز از خرداد ۱۴۰۰ و پس از انتخابات ایران متوقف مانده "
        "و دولت جدید هنوز زمان بازگشت به آن را اعلام نکرده است."
    )
    assert events_of(ex, text, "fa", "2021-08-29") == []


def test_a_persian_contact_asked_for_in_the_subjunctive_is_not_held(ex):
    text = "به گفته یک دیپلمات عراقی، «امروز نه تهران و نه واشنگتن از بغداد نخواسته‌اند که میزبان گفت‌وگوی مستقیم ایران و آمریکا باشد»."
    assert events_of(ex, text, "fa", "2021-08-29") == []
    asked = "عراق روز یکشنبه ۷ شهریور ۱۴۰۰ از ایران و آمریکا خواست که دور بعدی گفت‌وگوهای دو کشور در بغداد برگزار شود."
    assert events_of(ex, asked, "fa", "2021-08-29") == []


@pytest.mark.parametrize("text,lang,pub", [
    ("سومین دور گفت‌وگوهای غیرمستقیم ایران و آمریکا روز شنبه ۶ اردیبهشت ۱۴۰۴ در مسقط برگزار شد و البوسعیدی در آن، "
     "مانند دو دور پیشین، میان هیئت‌های دو کشور رفت‌وآمد کرد.", "fa", "2025-04-28"),
    ("عُقدت الجولة الثالثة من المحادثات غير المباشرة بين إيران والولايات المتحدة يوم السبت 26 نيسان/أبريل 2025 في مسقط، "
     "وتنقّل البوسعيدي فيها، على غرار الجولتين السابقتين، بين الوفدين.", "ar", "2025-04-28"),
])
def test_rounds_a_round_is_compared_with_make_no_series(ex, text, lang, pub):
    assert [c.event_type for c in events_of(ex, text, lang, pub)] == ["talks"]


def test_a_meeting_noun_with_an_attached_pronoun_after_a_hamza_is_a_meeting(ex):
    text = "وجرى لقاؤه مع ويتكوف في مسقط يوم السبت 12 نيسان/أبريل 2025 في أجواء بنّاءة، بحسب عراقجي."
    assert [(c.event_type, c.date_start) for c in events_of(ex, text, "ar", "2025-04-14")] == [("meeting", dt.date(2025, 4, 12))]
    # (only contact nouns: «للغاية», 'very', is not «لإلغائه», 'to cancel it')
    assert events_of(ex, "وأكد البيت الأبيض أن المحادثات مع إيران في مسقط يوم السبت 12 نيسان/أبريل 2025 كانت إيجابية للغاية.", "ar", "2025-04-14")[0].event_type == "talks"


def test_an_interview_answer_with_no_contact_word_reports_the_contact_its_question_names(ex):
    text = (
        "دبلوماسي عراقي يروي حكاية جولات بغداد\n\n"
        "بغداد – حاوره: محرر الشؤون الدولية\n\n"
        "كان ضيفنا شاهداً على أول محادثات علنية بين سفيري الولايات المتحدة وإيران منذ قطع العلاقات بين البلدين.\n\n"
        "س: والجولة الثالثة؟\n"
        "ج: جرت يوم 6 آب/أغسطس 2007 في بغداد أيضاً، على مستوى الخبراء."
    )
    got = {(c.event_type, c.date_start) for c in ex.extract(DocInput("t", text, "ar", dt.date(2017, 5, 28)))}
    assert got == {("talks", dt.date(2007, 8, 6))}
    # a question answered with a contact word of its own is read as two sentences
    own = text.replace("ج: جرت يوم", "ج: عُقد الاجتماع يوم")
    assert ("talks", dt.date(2007, 8, 6)) not in {(c.event_type, c.date_start) for c in ex.extract(DocInput("t", own, "ar", dt.date(2017, 5, 28)))}


def test_a_state_a_group_does_not_include_is_no_side(ex):
    text = ("وتنتمي برلين اليوم إلى «الترويكا الأوروبية» التي تفاوض إيران منذ عام 2003 بشأن برنامجها النووي، وهي مجموعة لا تضم "
            "الولايات المتحدة، وتجد ألمانيا نفسها فيها طرفاً لا وسيطاً.")
    assert events_of(ex, text, "ar", "2020-09-16") == []


def test_a_trip_naming_no_traveller_is_that_of_the_official_the_sentence_before_began_with(ex):
    text = (
        "کورت والدهایم، دبیرکل وقت سازمان ملل متحد، برای یافتن راهی برای پایان بحران گروگان‌گیری در سفارت آمریکا به تهران آمد. "
        "سفری سه‌روزه که از ۱۱ دی ۱۳۵۸ آغاز شد و یکی از ناکام‌ترین مأموریت‌های «مساعی جمیله» دبیرکل بود."
    )
    assert events_of(ex, text, "fa", "2020-01-02") == []


@pytest.mark.parametrize("text, lang", [
    # the outlet's nationality: no mediator
    ("زعم تقرير لصحيفة بريطانية أن رسالة من واشنطن سُلّمت إلى الإيرانيين عن طريق قطر في شباط/فبراير 2024.", "ar"),
    ("به ادعای یک روزنامه انگلیسی، پیام واشنگتن در بهمن ۱۴۰۲ از راه قطر به ایرانیان رسید.", "fa"),
])
def test_a_news_outlets_nationality_is_no_mediator(ex, text, lang):
    c = one(ex, text, lang)
    assert [m.actor_id for m in c.mediators] == ["QAT"] and c.certainty == "alleged"


@pytest.mark.parametrize("text, lang", [
    # the capital inside an outlet's name is no side: Iranians meeting a Qatari envoy is no Iran-US contact
    ("نشرت صحيفة واشنطن بوست أن دبلوماسيين إيرانيين اجتمعوا بمبعوث قطري في الدوحة في كانون الثاني/يناير 2024.", "ar"),
    ("واشنگتن پست نوشت دیپلمات‌های ایرانی در دی ۱۴۰۲ با فرستاده قطر در دوحه دیدار کردند.", "fa"),
])
def test_a_capital_in_a_news_outlets_name_is_no_side(ex, text, lang):
    assert none_in(ex, text, lang)


def test_a_state_agency_is_no_news_outlet(ex):
    c = one(ex, "اجتمع نائب مدير وكالة الاستخبارات المركزية الأمريكية بمسؤولين إيرانيين في مسقط في آذار/مارس 2024.")
    assert sorted(c.parties) == ["IRN", "USA"]


@pytest.mark.parametrize("text, lang", [
    ("قال دبلوماسي غربي إن الجولة المقبلة من المفاوضات الإيرانية الأمريكية ستعقد الأسبوع المقبل في جنيف، بعد أن عقدت الجولة السابقة يوم الأحد في الدوحة.", "ar"),
    ("یک دیپلمات گفت دور بعدی مذاکرات ایران و آمریکا قرار است هفته آینده در ژنو انجام شود و دور قبلی مذاکرات روز یکشنبه در دوحه انجام شده بود.", "fa"),
])
def test_the_previous_round_named_after_a_coming_one_was_held(ex, text, lang):
    c = one(ex, text, lang, pub="2024-06-12")
    assert (c.event_type, c.location_city, c.date_start) == ("talks", "Doha", dt.date(2024, 6, 9))


def test_a_previous_round_that_was_put_off_was_not_held(ex):
    assert none_in(ex, "قال دبلوماسي غربي إن الجولة المقبلة من المفاوضات الإيرانية الأمريكية ستعقد الأسبوع المقبل في جنيف، بعد أن تأجلت الجولة السابقة التي كانت مقررة يوم الأحد في الدوحة.", pub="2024-06-12")


_LEAK_AR = "نقلت صحيفة أمريكية عن مسؤولين أن مبعوثاً أمريكياً اجتمع بمساعد وزير الخارجية الإيراني في جنيف يوم الخميس الماضي. "
_LEAK_FA = "یک روزنامه آمریکایی به نقل از دو مقام نوشت فرستاده آمریکا پنجشنبه گذشته در ژنو با معاون وزیر خارجه ایران دیدار کرد. "


@pytest.mark.parametrize("after, lang, certainty", [
    ("وسارعت طهران إلى نفي هذه الأنباء.", "ar", "denied"),
    ("ووصف المتحدث باسم الخارجية الإيرانية التقرير بأنه مجرد تكهنات.", "ar", "denied"),
    ("ولم تؤكد واشنطن الخبر.", "ar", "alleged"),
    ("ورفضت الخارجية الأمريكية التعليق.", "ar", "reported"),  # no comment leaves it as it was
    ("ونفت إسرائيل هذه الأنباء.", "ar", "reported"),  # not a side's word
    ("تهران این خبر را گمانه‌زنی خواند.", "fa", "denied"),
    ("وزارت خارجه ایران این گزارش را نه تأیید کرد و نه تکذیب.", "fa", "alleged"),
])
def test_a_sides_word_on_the_report_in_the_next_sentence_sets_its_certainty(ex, after, lang, certainty):
    c = one(ex, (_LEAK_AR if lang == "ar" else _LEAK_FA) + after, lang)
    assert (c.event_type, c.certainty) == ("meeting", certainty)


@pytest.mark.parametrize("text, lang", [
    ("أفادت صحيفة أمريكية بأن مبعوثاً أمريكياً اجتمع بمساعد وزير الخارجية الإيراني في جنيف يوم الخميس الماضي، وهو ما لم تؤكده طهران.", "ar"),
    ("به نوشته یک روزنامه آمریکایی، فرستاده آمریکا پنجشنبه گذشته در ژنو با معاون وزیر خارجه ایران دیدار کرد، اما تهران آن را تأیید نکرد.", "fa"),
])
def test_a_contact_a_side_did_not_confirm_is_alleged(ex, text, lang):
    assert one(ex, text, lang).certainty == "alleged"


@pytest.mark.parametrize("text, lang", [
    ("اجتمع مبعوث أمريكي بنائب وزير الخارجية الإيراني في جنيف يوم الخميس الماضي. ونفت طهران أن يكون الاجتماع مباشراً، قائلة إن الرسائل نقلها الوسطاء.", "ar"),
    ("فرستاده آمریکا پنجشنبه گذشته در ژنو با معاون وزیر خارجه ایران دیدار کرد. تهران مستقیم بودن این دیدار را تکذیب کرد.", "fa"),
])
def test_a_denied_format_does_not_deny_the_contact(ex, text, lang):
    assert [c.certainty for c in ex.extract(DocInput("t", text, lang, dt.date(2024, 6, 15)))] == ["reported", "reported"]


def test_a_state_in_a_denied_route_is_no_mediator(ex):
    cands = ex.extract(DocInput("t", "تلقت طهران رسالة من الرئيس الأمريكي في أيار/مايو 2024. ونفت الخارجية الإيرانية أن تكون الرسالة قد وصلت عن طريق قطر، موضحة أن سويسرا هي التي سلمتها.", "ar", dt.date(2024, 6, 15)))
    assert {m.actor_id for c in cands for m in c.mediators} == {"CHE"} and {c.certainty for c in cands} == {"reported"}


@pytest.mark.parametrize("text, lang", [
    ("قبل خمس سنوات في مثل هذا اليوم، كشفت وكالة أنباء غربية أن دبلوماسيين إيرانيين وأمريكيين تفاوضوا سراً في مسقط.", "ar"),
    ("پنج سال پیش در چنین روزی، خبرگزاری آسوشیتدپرس در گزارشی مفصل فاش کرد که دیپلمات‌های ایرانی و آمریکایی مخفیانه در مسقط مذاکره کرده‌اند.", "fa"),
])
def test_the_day_before_a_report_that_reveals_a_contact_is_the_reports(ex, text, lang):
    assert none_in(ex, text, lang)  # the contact itself has no date


@pytest.mark.parametrize("text, lang", [
    ("التقى مسؤولون أمريكيون بنظرائهم الإيرانيين أربع مرات في جنيف خلال عام 2009.", "ar"),
    ("مقام‌های آمریکایی در سال ۲۰۰۹ چهار بار در ژنو با همتایان ایرانی خود دیدار کردند.", "fa"),
])
def test_meetings_counted_are_a_series_held_face_to_face(ex, text, lang):
    c = one(ex, text, lang)
    assert (c.event_type, c.format) == ("series", "direct")


@pytest.mark.parametrize("text, lang", [
    ("تحدثت صحيفة بريطانية يوم الثلاثاء عن لقاء وشيك بين وزير الخارجية الإيراني والمبعوث الأمريكي في جنيف.", "ar"),
    ("روزنامه‌ها چند روز پیش از دیدار قریب‌الوقوع وزیر خارجه ایران و فرستاده آمریکا در ژنو خبر دادند.", "fa"),
    ("قال الرئيس الأمريكي يوم الاثنين إن إيران ستعود إلى المفاوضات عاجلاً أم آجلاً.", "ar"),
    ("رئیس‌جمهور آمریکا روز دوشنبه گفت ایران دیر یا زود به میز مذاکره بازمی‌گردد.", "fa"),
])
def test_an_imminent_contact_or_a_return_to_talks_to_come_is_future(ex, text, lang):
    assert none_in(ex, text, lang)



def test_a_side_the_sentence_says_took_no_part_is_not_borrowed(ex):
    text = ("أفادت مصادر بأن طهران تسلمت رسالة أمريكية يوم الأحد 15 حزيران/يونيو 2025 عبر وسيط خليجي. "
            "ويأتي ذلك بعد ساعات من لقاء عراقجي في جنيف أمس نظراءه الفرنسي والألماني والبريطاني، وهو لقاء لم يشارك فيه أي مسؤول أمريكي.")
    assert kinds(ex, text, pub="2025-06-17") == ["message_exchange"]


def test_a_third_states_person_named_before_the_verb_met_one_side(ex):
    text = ("أعلنت الخارجية الإيرانية يوم الأحد 15 حزيران/يونيو 2025 أنها تسلمت رسالة أمريكية عبر إسلام آباد. "
            "وكان قائد الجيش الباكستاني عاصم منير قد التقى الرئيس الأمريكي دونالد ترامب يوم الأربعاء 18 حزيران/يونيو 2025 في البيت الأبيض.")
    assert kinds(ex, text, pub="2025-06-20") == ["message_exchange"]


def test_a_deal_signed_by_third_states_under_a_sides_sponsorship_is_theirs(ex):
    assert none_in(ex, "وقال المتحدث الإيراني إن الاتفاق الذي وقعه زعيما صربيا وكوسوفو في واشنطن يوم 4 أيلول/سبتمبر 2020 برعاية أمريكية لا يعني طهران.", pub="2020-09-10")


def test_an_arrival_with_the_traveller_between_verb_and_destination_is_a_visit(ex):
    c = one(ex, "وصل أوليفر نورث إلى طهران في 3 آذار 1986 حاملاً عرضاً من واشنطن إلى القيادة الإيرانية.", pub="1986-06-01")
    assert (c.event_type, c.location_city, c.date_start) == ("visit", "Tehran", dt.date(1986, 3, 3))


def test_a_stay_until_a_later_day_ends_the_visit_just_reported(ex):
    text = ("وصل أوليفر نورث إلى طهران في 3 آذار 1986 حاملاً عرضاً من واشنطن إلى القيادة الإيرانية. "
            "وبقي الوفد حتى السابع من الشهر نفسه، عقد خلاله اجتماعات مع مسؤولين إيرانيين.")
    cands = events_of(ex, text, pub="1986-06-01")
    assert [(c.event_type, c.date_start, c.date_end) for c in cands] == [("visit", dt.date(1986, 3, 3), dt.date(1986, 3, 7))]


@pytest.mark.parametrize("text, lang", [
    ("وفي اليوم التالي، الخامس من آذار 1986، قال رئيس الوزراء الإيراني إن موفداً أمريكياً زار طهران سراً والتقى مسؤولين إيرانيين.", "ar"),
    ("روز بعد، ۱۴ اسفند ۱۳۶۴، رئیس مجلس گفت که فرستاده‌ای آمریکایی مخفیانه به تهران سفر کرده و با مقام‌های ایرانی دیدار کرده است.", "fa"),
])
def test_the_day_before_a_verb_of_saying_is_the_statements(ex, text, lang):
    assert none_in(ex, text, lang, pub="1986-03-20")  # the visit itself has no date


def test_a_contact_still_going_on_when_it_was_said_keeps_the_day_as_its_terminus(ex):
    c = one(ex, "یک نماینده مجلس روز ۵ آبان ۱۳۹۷ گفت که دیپلمات‌های ایرانی با همتایان آمریکایی خود در مسقط در حال مذاکره هستند.", "fa", pub="2018-10-29")
    assert c.date_start.year == 2018


def test_the_day_between_a_verb_of_saying_and_its_that_is_the_statements(ex):
    assert none_in(ex, "وكان المتحدث الإيراني قد أوضح يوم الثلاثاء الماضي أن رد طهران على الرسالة الأمريكية أُرسل عبر سلطنة عمان.", pub="2025-03-30")


def test_after_that_is_no_that_of_saying(ex):
    c = one(ex, "أعلنت إيران والولايات المتحدة مساء أمس في مسقط اتفاقاً لتبادل السجناء، بعد أن عجزت جولات سابقة عن حسم الملف.", pub="2023-08-11")
    assert c.date_start == dt.date(2023, 8, 10)


def test_talks_a_side_set_a_date_for_are_to_come(ex):
    assert none_in(ex, "قال الرئيس الأمريكي يوم الاثنين الماضي إن إدارته حددت موعداً لمحادثات مع إيران.", pub="2025-07-10")


def test_the_day_between_a_verb_of_revealing_and_its_that_is_the_reports(ex):
    c = one(ex, "كشفت دبلوماسية أمريكية سابقة، في مذكراتها التي وُزّعت على المكتبات اليوم الثلاثاء، أن مسؤولين أمريكيين التقوا سراً مسؤولين إيرانيين في مسقط في آذار/مارس 2012.", pub="2014-06-10")
    assert (c.date_start, c.date_precision) == (dt.date(2012, 3, 1), "month")


@pytest.mark.parametrize("text, lang", [
    ("التقى دبلوماسيون إيرانيون وأمريكيون في جنيف، واستمرت اللقاءات من خريف 2001 حتى ربيع 2003.", "ar"),
    ("دیپلمات‌های ایرانی و آمریکایی در ژنو دیدار کردند و دیدارها از پاییز ۲۰۰۱ تا بهار ۲۰۰۳ ادامه داشت.", "fa"),
])
def test_meetings_that_went_on_for_months_are_a_series(ex, text, lang):
    c = one(ex, text, lang, pub="2010-01-01")
    assert (c.event_type, c.date_start.year, c.format) == ("series", 2001, "direct")


def test_meetings_a_side_stopped_are_no_contact_on_that_date(ex):
    assert none_in(ex, "پس از حمله به سفارت در زمستان ۱۳۸۲، واشنگتن دیدارهای ژنو با دیپلمات‌های ایرانی را متوقف کرد.", "fa", pub="2010-01-01")


def test_a_reported_message_a_side_denies_having_received_is_denied(ex):
    text = ("نقلت صحيفة بريطانية عن دبلوماسيين أن واشنطن بعثت عبر سويسرا برسالة إلى طهران مساء الثلاثاء الماضي.\n\n"
            "لكن المتحدث باسم الخارجية الإيرانية نفى ذلك، قائلاً إن أي رسالة أمريكية لم تصل إلى طهران.")
    c = one(ex, text, pub="2024-06-15")
    assert (c.event_type, c.certainty) == ("message_exchange", "denied")


def test_the_letter_named_again_takes_its_sender_from_a_few_sentences_before(ex):
    text = ("رسانه‌ها مدعی شده بودند که نامه رئیس‌جمهور آمریکا از مسیر دوحه به تهران رسیده است. سخنگو این را رد کرد. "
            "او گفت: «نامه را فرستاده ویژه امارات روز دوشنبه ۲۰ اسفند در تهران به وزیر خارجه ایران تحویل داد.»")
    c = one(ex, text, "fa", pub="2025-03-15")
    assert sorted(c.parties) == ["IRN", "USA"] and c.date_start == dt.date(2025, 3, 10)


def test_no_message_by_another_route_leaves_the_message_delivered(ex):
    text = ("فرستاده ویژه امارات روز دوشنبه ۲۰ اسفند ۱۴۰۳ نامه رئیس‌جمهور آمریکا را در تهران به وزیر خارجه ایران تحویل داد. "
            "سخنگو درباره میانجی‌گری روسیه گفت: «هیچ پیامی از طریق مسکو دریافت نکرده‌ایم.»")
    assert kinds(ex, text, "fa", pub="2025-03-15") == ["message_exchange"]


def test_the_two_countries_take_the_sides_the_lead_named_when_the_headline_names_none(ex):
    text = ("آنچه درباره ادعای تازه می‌دانیم\n\n"
            "گزارش یک روزنامه سوئدی درباره دیدار محرمانه دیپلمات‌های ایران و آمریکا در استکهلم واکنش‌هایی به دنبال داشته است.\n\n"
            "این روزنامه مدعی شده است که دیپلمات‌های دو کشور ماه گذشته در استکهلم گفت‌وگو کرده‌اند.")
    (c,) = events_of(ex, text, "fa", pub="2025-08-18")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_talk_about_talks_is_no_contact(ex):
    assert none_in(ex, "یک تحلیلگر روز شنبه ۲ فروردین ۱۴۰۴ می‌گوید هر خبری درباره گفت‌وگو میان تهران و واشنگتن بازار را تکان می‌دهد.", "fa", pub="2025-03-25")


@pytest.mark.parametrize("text, certainty", [
    ("وتزامنت التسريبات الأخيرة مع محادثات عقدها دبلوماسيون إيرانيون وأمريكيون في جنيف يوم الاثنين 9 حزيران/يونيو 2014.", "reported"),
    ("وتحدثت تقارير عن محادثات عقدها دبلوماسيون إيرانيون وأمريكيون في جنيف يوم الاثنين 9 حزيران/يونيو 2014.", "alleged"),
])
def test_reports_and_leaks_make_a_contact_alleged_only_as_its_source(ex, text, certainty):
    assert one(ex, text, pub="2014-06-12").certainty == certainty


def test_a_contact_that_yielded_nothing_is_not_denied(ex):
    text = ("التقى دبلوماسيون إيرانيون وأمريكيون في جنيف يوم الاثنين 9 حزيران/يونيو 2014. "
            "وقال أحد المشاركين إن هذا اللقاء لم يسفر عن أي نتيجة تذكر.")
    assert {c.certainty for c in ex.extract(DocInput("t", text, "ar", dt.date(2014, 6, 12)))} == {"reported"}


@pytest.mark.parametrize("text, lang", [
    ("وذكّر المتحدث بأن هذه ليست الرسالة الأولى: «في حزيران/يونيو 2019 حمل رئيس الوزراء الياباني شينزو آبي رسالة من ترامب إلى طهران».", "ar"),
    ("سخنگو یادآوری کرد که این نخستین پیام آمریکا نیست: «در خرداد ۱۳۹۸ شینزو آبه پیامی از ترامپ به تهران آورد».", "fa"),
])
def test_a_contact_told_after_a_colon_is_not_the_negated_one(ex, text, lang):
    c = one(ex, text, lang, pub="2025-03-17")
    assert (c.event_type, c.date_start.year) == ("message_exchange", 2019)



def test_on_the_eve_of_a_time_is_not_on_the_verge_of_a_contact(ex):
    # «در آستانه» is 'on the verge of' (a deal: not yet a contact) and 'on the eve of' (a feast, an anniversary)
    # (and is not Astana: «آستانه» is 'threshold' too)
    c = one(ex, "نامه ترامپ روز ۲۲ اسفند ۱۴۰۳، در آستانه نوروز، به دست عراقچی رسید.", "fa", pub="2025-04-20")
    assert (c.date_start, c.location_city) == (dt.date(2025, 3, 12), None)
    assert none_in(ex, "عراقچی و ویتکاف روز ۲۳ فروردین ۱۴۰۴ در مسقط در آستانه توافق قرار گرفتند.", "fa", pub="2025-04-20")


@pytest.mark.parametrize("text", [
    "نشست عراقچی و ویتکاف روز ۲۲ اسفند ۱۴۰۳ در آستانه برگزار شد.",
    "عراقچی و ویتکاف روز ۲۲ اسفند ۱۴۰۳ در آستانه، پایتخت قزاقستان، دیدار کردند.",
])
def test_astana_where_a_place_name_stands(ex, text):
    assert one(ex, text, "fa", pub="2025-04-20").location_city == "Astana"


@pytest.mark.parametrize("text, lang", [
    ("قالت صحيفة نرويجية إن دبلوماسيين إيرانيين وأمريكيين التقوا سراً قرب أوسلو عام 2024. وبحسب الصحيفة، جرى اللقاء بين الإيرانيين والأمريكيين في آذار/مارس 2024.", "ar"),
    ("یک روزنامه نروژی نوشت دیپلمات‌های ایرانی و آمریکایی در سال ۲۰۲۴ در نزدیکی اسلو دیدار کردند. به نوشته این روزنامه، دیدار ایرانی‌ها و آمریکایی‌ها در مارس ۲۰۲۴ انجام شد.", "fa"),
])
def test_a_contact_told_again_with_a_date_within_its_date_and_no_place_is_that_contact(ex, text, lang):
    (c,) = events_of(ex, text, lang, pub="2024-06-15")
    assert c.location_city == "Oslo"


def test_a_contact_in_another_place_within_the_same_year_is_another_contact(ex):
    text = ("التقى دبلوماسيون إيرانيون وأمريكيون قرب أوسلو عام 2024. "
            "والتقى الإيرانيون والأمريكيون في جنيف في آذار/مارس 2024.")
    assert len(events_of(ex, text, pub="2024-06-15")) == 2


def test_a_planes_flight_is_no_visit(ex):
    # «رحلة» is a trip and a plane's flight: a flight number after it, or the plane just before it
    assert none_in(ex, "أسقطت سفينة حربية أمريكية طائرة ركاب إيرانية في رحلتها 655 يوم 3 تموز/يوليو 1988.", pub="2020-03-05")
    assert none_in(ex, "وأصابت صواريخ إيرانية طائرة أوكرانية في رحلة من طهران إلى كييف يوم 8 كانون الثاني/يناير 2020، وكان على متنها مسافرون أمريكيون.", pub="2020-03-05")


@pytest.mark.parametrize("text, lang", [
    ("وجّه الرئيس الأمريكي في 20 آذار/مارس 2021 رسالة قصيرة إلى الشعب الإيراني تمنى فيها عاماً أفضل.", "ar"),
    ("رئیس‌جمهور آمریکا روز ۱ فروردین ۱۴۰۰ در پیامی کوتاه برای ایرانیان سالی بهتر آرزو کرد.", "fa"),
])
def test_a_message_to_a_people_is_no_message_between_the_sides(ex, text, lang):
    assert none_in(ex, text, lang, pub="2021-04-01")
    # (a message to the other side's leader still is one)
    assert kinds(ex, "سلّم مبعوث عُماني في 20 آذار/مارس 2021 رسالة من الرئيس الأمريكي إلى المرشد الإيراني.", pub="2021-04-01") == ["message_exchange"]


def test_sat_with_is_a_meeting_but_sitting_at_one_table_is_not(ex):
    assert kinds(ex, "جلس المبعوث الأمريكي مع وزير الخارجية الإيراني في جنيف يوم 5 أيار/مايو 2007.", pub="2007-06-01") == ["meeting"]
    assert none_in(ex, "جلس وزير الخارجية الإيراني ونظيرته الأمريكية إلى مائدة غداء واحدة في مؤتمر دولي يوم 4 أيار/مايو 2007.", pub="2007-06-01")


@pytest.mark.parametrize("text, lang", [
    ("دور تازه گفت‌وگوهای ایران و آمریکا که قرار بود شنبه ۱۳ اردیبهشت ۱۴۰۴ در رم برگزار شود، هنوز تاریخ تازه‌ای ندارد.", "fa"),
    ("الجولة الجديدة من المحادثات بين إيران والولايات المتحدة التي كان من المقرر أن تعقد في روما يوم 3 أيار/مايو 2025 لم تُحدَّد لها موعد جديد.", "ar"),
])
def test_a_contact_which_was_to_be_held_is_planned(ex, text, lang):
    assert none_in(ex, text, lang, pub="2025-05-08")


def test_a_contact_which_was_to_be_held_and_was_held_is_a_contact(ex):
    text = ("الجولة الجديدة من المحادثات بين إيران والولايات المتحدة التي كان من المقرر أن تستضيفها روما السبت الماضي "
            "عُقدت أخيراً في مسقط يوم الأحد 4 أيار/مايو 2025.")
    assert kinds(ex, text, pub="2025-05-08") == ["talks"]


@pytest.mark.parametrize("text, lang, day", [
    ("عراقچی و ویتکاف روز ۳۰ فروردین ۱۴۰۴ در رم دیدار کردند. دور نخست، درست یک هفته پیش از آن، در مسقط برگزار شده بود.", "fa", dt.date(2025, 4, 12)),
    ("التقى عراقجي وويتكوف في روما في 19 نيسان/أبريل 2025. وكانت الجولة الأولى قد عقدت قبل ذلك بأسبوع في مسقط.", "ar", dt.date(2025, 4, 12)),
    ("التقى عراقجي وويتكوف في مسقط في 12 نيسان/أبريل 2025. ثم التقيا بعد ذلك بثلاثة أيام في روما.", "ar", dt.date(2025, 4, 15)),
])
def test_days_or_weeks_before_or_after_that_count_from_the_date_just_given(ex, text, lang, day):
    got = sorted(c.date_start for c in events_of(ex, text, lang, pub="2025-05-01"))
    assert day in got and len(got) == 2


def test_a_persian_contact_whose_clause_ends_in_did_not_take_place_is_negated(ex):
    text = "در ۲ مهر ۱۳۹۲ دیدار پیش‌بینی‌شده روحانی و اوباما در حاشیه مجمع عمومی سازمان ملل انجام نشد."
    assert none_in(ex, text, "fa", pub="2013-10-01")


def test_a_clause_after_a_semicolon_that_ranks_the_contact_is_that_contact(ex):
    text = ("در ۹ مهر ۱۳۸۸ در ژنو ویلیام برنز و سعید جلیلی حدود یک ساعت رودررو گفت‌وگو کردند؛ "
            "بالاترین سطح دیدار رسمی دو کشور در آن سال‌ها.")
    (c,) = events_of(ex, text, "fa", pub="2019-10-01")
    assert c.date_start == dt.date(2009, 10, 1)


def test_the_day_before_a_persian_verb_of_saying_with_no_that_is_the_statements(ex):
    # «گفت» opens its clause without «که»: the day before it is the spokesman's, not the delivery's
    assert none_in(ex, "سخنگوی وزارت امور خارجه دیروز شنبه گفت کاردار سوئیس پیام آمریکا را به وزارت خارجه ایران تحویل داد.", "fa", pub="2020-01-05")
    # (a day inside the clause still dates the contact)
    c = one(ex, "سخنگوی وزارت امور خارجه گفت کاردار سوئیس جمعه ۱۳ دی ۱۳۹۸ پیام آمریکا را به وزارت خارجه ایران تحویل داد.", "fa", pub="2020-01-05")
    assert c.date_start == dt.date(2020, 1, 3)


def test_the_placing_formula_with_the_contacts_verbal_noun_speaks_again_of_the_message(ex):
    text = ("سلّم السفير السويسري في طهران يوم 8 أيار/مايو 2006 رسالة من الرئيس الإيراني إلى الرئيس الأمريكي.\n\n"
            "وتناول النص المطوّل قضايا الدين والتاريخ والسياسة الدولية، وانتقد سياسات واشنطن في المنطقة. "
            "ورأى محللون أن لهجته تعكس ثقة متزايدة لدى القيادة في طهران.\n\n"
            "وجاء تسليم الرسالة في اليوم الذي عقد فيه وزراء خارجية الدول الخمس الدائمة العضوية وألمانيا عشاء عمل في نيويورك.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2006, 5, 10)))
    assert len(cands) == 2 and cands[1].same_as == (cands[0].char_start, cands[0].char_end)


def test_the_message_a_reply_not_given_would_answer_is_no_contact(ex):
    text = ("نقلت سلطنة عُمان يوم 22 آذار/مارس 2025 رسالة إيرانية إلى واشنطن. "
            "ولم يصدر حتى الآن أي رد أمريكي رسمي على الرسالة الإيرانية، وقال ترامب أمس إنه يدرس خياراته.")
    assert [c.date_start for c in events_of(ex, text, pub="2025-03-31")] == [dt.date(2025, 3, 22)]


def test_on_this_day_after_a_date_is_that_day(ex):
    text = ("تنها یک تاریخ در روایت رسمی برجسته است: چهارشنبه ۲۳ شوال ۱۴۳۲. در این روز دو کوهنورد آمریکایی "
            "با میانجیگری عمان از زندان اوین آزاد شدند.")
    c = one(ex, text, "fa", pub="2011-10-01")
    assert (c.event_type, c.date_start) == ("prisoner_release", dt.date(2011, 9, 21))


def test_according_to_is_a_source_not_a_statement(ex):
    # «به گفته» ('according to') names a source; the message is reported, not merely spoken of
    text = ("سفر دو روزه شینزو آبه، نخست‌وزیر ژاپن، به تهران دیروز پنجشنبه به پایان رسید. "
            "آبه به گفته مقام‌های ژاپنی، حامل پیامی از دونالد ترامپ برای مقام‌های ایرانی بود.")
    (c,) = events_of(ex, text, "fa", pub="2019-06-14")
    assert ("JPN", "message_carrier") in [(m.actor_id, m.mediation_role) for m in c.mediators]
    # (the day before «شنبه گفت» is still a statement's: «شنبه» ends in «به»)
    assert none_in(ex, "سخنگو دیروز شنبه گفت کاردار سوئیس پیام آمریکا را به وزارت خارجه ایران تحویل داد.", "fa", pub="2020-01-05")


def test_a_mediator_who_passes_messages_back_and_forth_in_persian_carries_them(ex):
    # «رد و بدل کرد» (singular: the go-between did it) makes the coordinator a message carrier and the talks indirect
    c = one(ex, "دور تازه گفت‌وگوها دیروز در وین آغاز شد و هماهنگ‌کننده اتحادیه اروپا پیام‌ها را میان هیئت ایرانی "
                "و هیئت آمریکایی رد و بدل کرد.", "fa", pub="2022-02-09")
    assert c.format == "indirect"
    assert ("org:eu", "message_carrier") in [(m.actor_id, m.mediation_role) for m in c.mediators]


@pytest.mark.parametrize("text, lang", [
    ("انتهت في ألماتي أمس جولة المحادثات النووية بين إيران والسداسية الدولية.", "ar"),
    ("التقى وفدا إيران والدول الكبرى في ألماتي أمس لبحث الملف النووي.", "ar"),
    ("مذاکرات هسته‌ای ایران و قدرت‌های بزرگ دیروز در آلماتی به پایان رسید.", "fa"),
])
def test_the_six_powers_under_other_names_bring_the_united_states_as_a_side(ex, text, lang):
    c = one(ex, text, lang, pub="2013-04-07")
    assert set(c.parties) == {"IRN", "USA"}


def test_yesterday_before_resumed_in_persian_is_yesterday(ex):
    # «روز گذشته از سر گرفته شد»: «از» here opens the idiom 'resumed', not 'since' («چند روز گذشته از …»)
    c = one(ex, "مذاکرات غیرمستقیم ایران و آمریکا با میانجیگری عمان روز گذشته از سر گرفته شد.", "fa", pub="2025-05-12")
    assert c.date_start == dt.date(2025, 5, 11)


@pytest.mark.parametrize("text, lang", [
    ("استؤنفت في فيينا أمس المحادثات غير المباشرة بين إيران والولايات المتحدة بوساطة الاتحاد الأوروبي.", "ar"),
    ("گفت‌وگوهای غیرمستقیم ایران و آمریکا دیروز در وین با میانجیگری اتحادیه اروپا ادامه یافت.", "fa"),
])
def test_an_organisation_named_after_a_mediation_word_mediates_not_the_venue(ex, text, lang):
    c = one(ex, text, lang, pub="2021-12-28")
    meds = [m.actor_id for m in c.mediators]
    assert "org:eu" in meds and "AUT" not in meds and c.location_city == "Vienna"



def test_a_message_sent_through_an_organisations_official_is_carried_by_both(ex):
    # no mediation word and no third state: the coordinator named as the route carries the message for the EU
    c = one(ex, "نماینده ایران دیروز در وین پیام‌هایی را از طریق انریکه مورا برای هیئت آمریکایی فرستاد.", "fa", pub="2021-04-10")
    assert {(m.actor_id, m.mediation_role) for m in c.mediators} == {("org:eu", "message_carrier"), ("person:enrique-mora", "message_carrier")}


@pytest.mark.parametrize("text, lang", [
    ("ظریف و کری دیروز در اجلاس امنیتی مونیخ سخنرانی کردند.", "fa"),
    ("ألقى الوزيران الإيراني والأمريكي كلمتين أمس في اجتماع الجمعية العامة للأمم المتحدة.", "ar"),
])
def test_speeches_of_both_sides_at_a_gathering_are_no_contact(ex, text, lang):
    assert none_in(ex, text, lang, pub="2015-02-08")


def test_a_meeting_on_the_sidelines_of_the_speeches_is_a_contact(ex):
    text = "ظریف دیروز در نشست مجمع عمومی سخنرانی کرد و در حاشیه آن با کری دیدار کرد."
    c = one(ex, text, "fa", pub="2015-09-27")
    assert c.event_type == "meeting" and c.date_start == dt.date(2015, 9, 26)


@pytest.mark.parametrize("text, lang", [
    ("نمایندگان ایران و آمریکا دیروز در نشست شورای حکام آژانس حضور داشتند.", "fa"),
    ("تبادل مندوبا إيران والولايات المتحدة الاتهامات أمس في اجتماع مجلس محافظي الوكالة الدولية للطاقة الذرية.", "ar"),
])
def test_a_session_of_the_iaea_board_is_the_boards_meeting(ex, text, lang):
    assert none_in(ex, text, lang, pub="2023-03-08")


def test_a_view_pattern_with_an_upper_case_escape_is_refused():
    from pipeline.extract.rules import _vx
    with pytest.raises(ValueError, match="upper-case escape"):
        _vx(r"نشست(?: \S+){0,2}")
    assert _vx(r"نشست(?: [^ ]+){0,2}").search("در نشست شورای حکام")


@pytest.mark.parametrize("text, lang", [
    ("دور هفتم مذاکرات ایران و ۴+۱ دیروز در وین با مشارکت غیرمستقیم آمریکا آغاز شد.", "fa"),
    ("انطلقت في فيينا أمس الجولة السابعة من المحادثات بين إيران ومجموعة 4+1، بمشاركة أمريكية غير مباشرة.", "ar"),
])
def test_a_round_with_a_grouping_the_us_left_is_iran_us_when_the_us_takes_part_indirectly(ex, text, lang):
    c = one(ex, text, lang, pub="2021-11-30")
    assert set(c.parties) == {"IRN", "USA"} and c.format == "indirect"


def test_a_round_with_a_grouping_the_us_left_stays_out_of_scope_without_it(ex):
    assert none_in(ex, "نشست کمیسیون مشترک برجام دیروز در وین با حضور ایران و ۴+۱ به صورت غیرمستقیم برگزار شد.", "fa", pub="2021-11-30")


def test_a_delegation_in_another_hotel_makes_the_talks_indirect(ex):
    c = one(ex, "استؤنفت محادثات فيينا أمس بين إيران والقوى الكبرى، فيما أقام الوفد الأمريكي في فندق آخر.", "ar", pub="2021-11-30")
    assert c.format == "indirect"


def test_a_mediation_word_next_to_an_organisations_official_gives_the_organisation_its_role(ex):
    c = one(ex, "التقى ظريف وكيري في جنيف أمس بوساطة أشتون.", "ar", pub="2013-11-10")
    assert {(m.actor_id, m.mediation_role) for m in c.mediators} == {("org:eu", "facilitator"), ("person:catherine-ashton", "facilitator")}
    # (a mediation word that belongs to a state named next to it is not the official's)
    c = one(ex, "التقى ظريف وكيري في جنيف أمس بوساطة عمانية، وقالت أشتون إن اللقاء مفيد.", "ar", pub="2013-11-10")
    assert [m.actor_id for m in c.mediators] == ["OMN"]


@pytest.mark.parametrize("text, lang", [
    ("انطلقت في فيينا أمس محادثات إيران والولايات المتحدة، ورفضت طهران أي لقاء مباشر مع الوفد الأمريكي.", "ar"),
    ("دور تازه مذاکرات ایران و آمریکا دیروز در وین برگزار شد و تهران هرگونه مذاکره مستقیم با هیئت آمریکایی را رد کرد.", "fa"),
])
def test_any_direct_meeting_refused_or_denied_makes_the_talks_indirect(ex, text, lang):
    assert one(ex, text, lang, pub="2021-04-07").format == "indirect"


@pytest.mark.parametrize("text, lang", [
    ("سحب الأمين العام للأمم المتحدة أمس الدعوة التي وجّهها إلى إيران لحضور الجلسة الافتتاحية للمؤتمر بعد اعتراض الولايات المتحدة.", "ar"),
    ("سازمان ملل دیروز از ایران دعوت کرد برای حضور در نشست ژنو با حضور آمریکا.", "fa"),
])
def test_an_invitation_to_a_contact_is_not_the_contact(ex, text, lang):
    assert none_in(ex, text, lang, pub="2014-01-21")


def test_an_invitation_then_the_contact_is_the_contact(ex):
    c = one(ex, "دعا أوباما روحاني أمس لحضور اجتماع، والتقيا في نيويورك أمس.", "ar", pub="2014-01-21")
    assert c.event_type == "meeting"


def test_two_sessions_between_which_something_happened_are_no_series(ex):
    text = ("نشست ایران و گروه ۱+۵ دیروز در ژنو برگزار شد و جلیلی و برنز در وقفه میان دو جلسه عمومی جداگانه با یکدیگر "
            "گفت‌وگو کردند.")
    assert one(ex, text, "fa", pub="2009-10-02").event_type != "series"


@pytest.mark.parametrize("text, lang", [
    ("باراک اوباما دیروز در کاخ سفید درباره نشست ژنو میان ایران و گروه ۱+۵ سخن گفت.", "fa"),
    ("تحدث الرئيس الأمريكي أمس في البيت الأبيض عن محادثات جنيف بين إيران ومجموعة 5+1 التي عقدت أمس.", "ar"),
])
def test_the_place_named_right_after_the_contact_word_is_where_it_was_held(ex, text, lang):
    cands = ex.extract(DocInput("t", text, lang, dt.date(2009, 10, 2)))
    assert all(c.location_city == "Geneva" for c in cands)


def test_both_sides_speaking_at_a_session_is_no_contact_but_speaking_with_each_other_is(ex):
    assert none_in(ex, "در جلسه امروز، نماینده ایران و نماینده آمریکا هر دو سخن گفتند و یکدیگر را متهم کردند.", "fa", pub="2025-06-12")
    c = one(ex, "در نشست دیروز، هیئت‌های ایران و آمریکا رودررو با یکدیگر سخن گفتند.", "fa", pub="2025-06-12")
    assert c.format == "direct"


@pytest.mark.parametrize("text, lang", [
    ("اجلاس جنبش عدم تعهد دیروز در تهران برگزار شد و دبیرکل سازمان ملل با وجود مخالفت واشنگتن در آن شرکت کرد.", "fa"),
    ("افتُتحت في طهران أمس قمة حركة عدم الانحياز بحضور الأمين العام للأمم المتحدة رغم معارضة واشنطن.", "ar"),
])
def test_a_state_objecting_to_a_gathering_is_not_a_side_of_it(ex, text, lang):
    assert none_in(ex, text, lang, pub="2012-08-27")


def test_a_state_named_only_as_withdrawing_is_not_a_side(ex):
    text = "در ۱۵ تیر ۱۳۹۷، دو ماه پس از خروج آمریکا، وزیران خارجه ایران و پنج کشور باقی‌مانده در وین دیدار کردند."
    assert none_in(ex, text, "fa", pub="2021-04-03")
    text = "بعد شهرين من انسحاب الولايات المتحدة، اجتمع وزراء خارجية إيران والدول الخمس الباقية في فيينا يوم 6 تموز/يوليو 2018."
    assert none_in(ex, text, "ar", pub="2021-04-03")


@pytest.mark.parametrize("text, lang", [
    ("وجّهت العواصم الأوروبية الثلاث رسالة إلى مجلس الأمن الدولي الخميس الماضي بشأن البرنامج النووي الإيراني.", "ar"),
    ("ایران دیروز در نامه‌ای به شورای امنیت سازمان ملل به اقدام سه کشور اروپایی اعتراض کرد.", "fa"),
])
def test_a_letter_to_the_security_council_is_no_message_to_its_members(ex, text, lang):
    assert none_in(ex, text, lang, pub="2025-09-02")


def test_a_session_of_a_council_after_a_glued_of_is_the_councils_meeting(ex):
    # «جلسة لمجلس الأمن»: the lam of 'of' glued to the council's name
    text = "تواجه وزيرا الخارجية الأمريكي والإيراني أمس الثلاثاء في جلسة لمجلس الأمن الدولي عقدت عبر الفيديو."
    assert none_in(ex, text, "ar", pub="2020-07-01")


@pytest.mark.parametrize("text, lang", [
    ("در بهار ۲۰۰۳ آمریکایی‌ها ایران را به پناه دادن به اعضای القاعده متهم کردند و جلسه‌های ژنو را قطع کردند.", "fa"),
    ("وفي ربيع 2003 أوقفت واشنطن محادثات جنيف مع إيران.", "ar"),
])
def test_contacts_broken_off_are_no_contact(ex, text, lang):
    assert none_in(ex, text, lang, pub="2010-01-01")


def test_contacts_not_broken_off_are_no_halt(ex):
    # («قطع نشد»: the meetings went on; the contact word is judged as usual)
    c = one(ex, "جلسه‌های ژنو میان ایران و آمریکا در بهار ۲۰۰۲ با وجود سخنرانی بوش قطع نشد و ادامه یافت.", "fa", pub="2010-01-01")
    assert c.date_start.year == 2002


def test_a_state_said_to_be_in_none_of_the_meetings_lends_no_side(ex):
    text = ("در ۱۵ تیر ۱۳۹۷ وزیران خارجه ایران و پنج کشور باقی‌مانده در برجام در وین دیدار کردند. "
            "آمریکا در هیچ‌یک از این نشست‌ها نبود.")
    assert none_in(ex, text, "fa", pub="2021-04-03")


def test_a_gathering_told_with_a_meeting_that_did_not_happen_borrows_no_sides(ex):
    text = ("نشست دوروزه شرم‌الشیخ درباره عراق که پنجشنبه و جمعه ۱۳ و ۱۴ اردیبهشت برگزار شد، با دیداری شناخته خواهد شد "
            "که انجام نشد. متکی و رایس دو روز در یک ساختمان بودند.")
    assert none_in(ex, text, "fa", pub="2007-05-05")


def test_rounds_held_in_three_cities_are_a_series_and_recount_the_rounds_told_one_by_one(ex):
    lead = "در سال ۲۰۱۲ گفت‌وگوهای هسته‌ای ایران و گروه ۵+۱ پس از پانزده ماه وقفه از سر گرفته شد و در سه شهر برگزار شد."
    (c,) = ex.extract(DocInput("t", lead, "fa", dt.date(2013, 1, 1)))
    assert c.event_type == "series"
    rounds = ("\n\n۲۶ فروردین ۱۳۹۱: نخستین دور گفت‌وگوهای ایران و ۵+۱ در استانبول برگزار شد."
              "\n\n۳ خرداد ۱۳۹۱: دور دوم گفت‌وگوهای ایران و ۵+۱ در بغداد برگزار شد."
              "\n\n۲۹ خرداد ۱۳۹۱: دور سوم گفت‌وگوهای ایران و ۵+۱ در مسکو برگزار شد.")
    cands = [x for x in ex.extract(DocInput("t", lead + rounds, "fa", dt.date(2013, 1, 1))) if x.same_as is None]
    assert sorted(x.location_city for x in cands) == ["Baghdad", "Istanbul", "Moscow"]


def test_in_the_city_of_is_a_venue_like_in(ex):
    text = ("اختتمت أمس الأربعاء في مدينة ألماتي الكازاخستانية جولة المحادثات بين إيران والدول الست الكبرى، بالاتفاق على "
            "مواصلة الحوار في اجتماع للخبراء في إسطنبول في 18 آذار/مارس المقبل.")
    assert one(ex, text, "ar", pub="2013-02-28").location_city == "Almaty"


def test_talks_ended_without_a_deal_are_held_the_deal_is_what_is_negated(ex):
    text = ("اختتمت أمس الاثنين في مسقط محادثات استمرت يومين بين وزير الخارجية الأمريكي جون كيري ونظيره الإيراني "
            "محمد جواد ظريف، من دون أن يعلن الطرفان التوصل إلى اتفاق.")
    c = one(ex, text, "ar", pub="2014-11-11")
    assert (c.event_type, c.location_city) == ("talks", "Muscat")


def test_rounds_held_in_two_capitals_count_two(ex):
    text = ("عقدت إيران والولايات المتحدة في عام 2025 جولات من المحادثات غير المباشرة في عاصمتين.\n\n"
            "12 نيسان/أبريل 2025: الجولة الأولى في مسقط بين إيران والولايات المتحدة.\n\n"
            "19 نيسان/أبريل 2025: الجولة الثانية في روما بين إيران والولايات المتحدة.")
    cands = [x for x in ex.extract(DocInput("t", text, "ar", dt.date(2025, 6, 1))) if x.same_as is None]
    assert sorted(x.location_city for x in cands) == ["Muscat", "Rome"]


def test_a_past_dated_clause_after_seeks_to_is_a_fact_not_what_is_sought(ex):
    # 'seeks to restore the role it played in September 2023, when it sponsored the swap between Iran and the US'
    text = ("وقطر تسعى إلى استعادة الدور الذي لعبته في سبتمبر 2023 حين رعت صفقة تبادل السجناء بين إيران "
            "والولايات المتحدة.")
    c = one(ex, text, "ar", pub="2025-10-15")
    assert (c.event_type, c.date_start) == ("prisoner_release", dt.date(2023, 9, 1))
    # with no dated clause between them, 'seeks to' governs the swap
    assert none_in(ex, "وقطر تسعى إلى إتمام صفقة تبادل السجناء بين إيران والولايات المتحدة في سبتمبر 2023.", "ar", pub="2025-10-15")


def test_a_side_denying_the_contact_just_reported_makes_it_denied(ex):
    # Arabic: the message reported, then the spokesman denies receiving any message via Baghdad (no second event)
    ar = ("وذكرت مصادر عراقية أن رئيس الوزراء العراقي محمد شياع السوداني نقل خلال زيارته إلى طهران في 29 نوفمبر 2022 "
          "رسالة أمريكية إلى القيادة الإيرانية. ونفى المتحدث باسم الخارجية الإيرانية ناصر كنعاني تلقي أي رسالة أمريكية عبر بغداد.")
    cands = ex.extract(DocInput("t", ar, "ar", dt.date(2023, 1, 10)))
    assert [c.certainty for c in cands] == ["denied", "denied"] and sum(c.same_as is None for c in cands) == 1
    # Persian: the denial at the weekly press conference, the Persian verb after what it denies
    fa = ("محمد شیاع السودانی، نخست‌وزیر عراق، روز سه‌شنبه ۲۰ آذر ۱۴۰۴ وارد تهران شد و پیامی از سوی دولت آمریکا "
          "به مقامات ایرانی منتقل کرد. اسماعیل بقائی، سخنگوی وزارت امور خارجه، در نشست خبری هفتگی خود دریافت "
          "هرگونه پیام از طریق بغداد را تکذیب کرد.")
    assert {c.certainty for c in ex.extract(DocInput("t", fa, "fa", dt.date(2025, 12, 16)))} == {"denied"}


def test_denying_a_bilateral_meeting_on_the_sidelines_leaves_the_round_reported(ex):
    text = ("انتهت أمس السبت في إسطنبول جولة المحادثات بين إيران ومجموعة الدول الست بمشاركة وكيل وزارة الخارجية الأمريكية "
            "وليام بيرنز. ونفى سعيد جليلي أن يكون قد عقد أي لقاء ثنائي مع الجانب الأمريكي على هامش الاجتماعات.")
    assert {c.certainty for c in ex.extract(DocInput("t", text, "ar", dt.date(2011, 1, 23)))} == {"reported"}


def test_a_third_states_official_at_the_table_carried_the_message_the_next_sentence_tells(ex):
    # the emir meets the Iranian president; the next sentence says he carried a message from Washington during the visit
    text = ("وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى طهران في 12 مايو 2022 حيث التقى الرئيس الإيراني إبراهيم رئيسي. "
            "وقال مصدر دبلوماسي إن الأمير نقل خلال الزيارة رسالة من واشنطن إلى القيادة الإيرانية.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2022, 6, 1)))
    # one contact, named twice ('during the visit' is the visit just reported), carried by Qatar
    assert sum(c.same_as is None for c in cands) == 1 and len(cands) == 2
    (c,) = [c for c in cands if c.same_as is None]
    assert ("QAT", "message_carrier") in {(m.actor_id, m.mediation_role) for m in c.mediators}


def test_seeks_to_with_its_subject_between_is_hypothetical(ex):
    text = "وتسعى قطر منذ مطلع العام إلى إتمام صفقة تبادل للسجناء بين إيران والولايات المتحدة في عام 2023."
    assert none_in(ex, text, "ar", pub="2023-08-20")


@pytest.mark.parametrize("text, lang", [
    ("دور چهارم مذاکرات ایران و آمریکا که قرار بود ۱۳ اردیبهشت ۱۴۰۴ در رم برگزار شود، به دلایل فنی به تعویق افتاد و "
     "سرانجام ۲۱ اردیبهشت ۱۴۰۴ در مسقط برگزار شد.", "fa"),
    ("وكانت الجولة الرابعة من المحادثات بين إيران والولايات المتحدة، التي كان من المقرر أن تعقد في روما في 3 مايو 2025، "
     "قد أرجئت قبل أن تعقد في مسقط في 11 مايو 2025.", "ar"),
])
def test_a_round_put_off_and_then_held_is_held_on_the_later_day(ex, text, lang):
    c = one(ex, text, lang, pub="2025-10-01")
    assert (c.date_start, c.location_city, c.outcome) == (dt.date(2025, 5, 11), "Muscat", "unknown")


def test_a_round_put_off_to_no_new_day_is_no_contact(ex):
    text = ("وكانت الجولة الرابعة من المحادثات بين إيران والولايات المتحدة، التي كان من المقرر أن تعقد في روما في 3 مايو 2025، "
            "قد أرجئت إلى موعد لم يحدد.")
    assert none_in(ex, text, "ar", pub="2025-10-01")


def test_a_sides_proposal_handed_over_by_a_go_between_is_a_carried_message(ex):
    ar = ("سلّم وزير الخارجية العماني، خلال زيارة إلى طهران يوم السبت 31 أيار/مايو 2025، نظيره الإيراني عباس عراقجي "
          "عناصر مقترح أمريكي مكتوب بشأن البرنامج النووي.")
    c = one(ex, ar, "ar", pub="2025-06-01")
    assert c.parties == frozenset({"IRN", "USA"}) and ("OMN", "message_carrier") in {(m.actor_id, m.mediation_role) for m in c.mediators}
    fa = ("وزیر خارجه عمان روز شنبه ۱۰ خرداد ۱۴۰۴ در سفری کوتاه به تهران پیشنهاد مکتوب آمریکا را به عباس عراقچی "
          "تحویل داد.")
    c = one(ex, fa, "fa", pub="2025-06-01")
    assert ("OMN", "message_carrier") in {(m.actor_id, m.mediation_role) for m in c.mediators}


def test_a_proposal_rejected_in_a_speech_is_no_contact(ex):
    text = "رهبر انقلاب در سخنرانی ۱۴ خرداد ۱۴۰۴ پیشنهاد آمریکا به ایران را مغایر با منافع ملی خواند."
    assert none_in(ex, text, "fa", pub="2025-06-10")


@pytest.mark.parametrize("text, lang, pub", [
    ("اختتم أمير قطر أمس الأحد زيارة قصيرة إلى طهران التقى خلالها الرئيس حسن روحاني، وهي أول زيارة لرئيس دولة إلى "
     "طهران منذ مقتل قاسم سليماني بغارة أمريكية قرب مطار بغداد.", "ar", "2020-01-13"),
    ("امیر قطر روز یکشنبه ۲۲ دی ۱۳۹۸، ده روز پس از حمله پهپادی آمریکا در فرودگاه بغداد، به تهران سفر کرد و با حسن روحانی "
     "دیدار کرد.", "fa", "2020-01-13"),
])
def test_the_state_that_struck_is_no_side_of_a_visit_told_with_the_strike(ex, text, lang, pub):
    assert none_in(ex, text, lang, pub=pub)


def test_a_message_said_not_to_be_a_states_borrows_no_side_from_the_next_sentence(ex):
    text = ("حمل وزير الدفاع السعودي في 17 نيسان/أبريل 2025 رسالة من الملك سلمان إلى خامنئي، لكنها رسالة سعودية لا أمريكية. "
            "ولم تكن واشنطن طرفاً في أي من ذلك.")
    assert none_in(ex, text, "ar", pub="2025-05-01")


def test_a_section_heading_naming_a_go_between_is_no_mention_of_the_contact_before_it(ex):
    text = ("في 7 كانون الأول/ديسمبر 2019 أفرجت إيران عن الباحث الأمريكي شيوي وانغ مقابل العالم الإيراني مسعود سليماني "
            "بوساطة سويسرية.\n\nثانياً: عُمان، المضيف والحامل\nفي عهد السلطان قابوس استضافت مسقط لقاءات كثيرة.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2020, 1, 1)))
    assert len(cands) == 1 and "OMN" not in {m.actor_id for m in cands[0].mediators}


def test_zurich_in_its_arabic_spellings_is_a_place():
    from pipeline.extract.rules import lexicon, scan
    from pipeline.text import normalize
    for name in ("زيوريخ", "زيورخ"):
        v = normalize(f"جرى التبادل في {name} أمس.")
        assert ("place", "zurich") in {(h[0], h[1]) for h in scan(v, lexicon(), "ar")}


def test_the_venues_state_carries_nothing_when_another_state_carried_the_messages(ex):
    text = ("عُقدت الجولة الخامسة من المحادثات غير المباشرة بين إيران والولايات المتحدة في روما يوم الجمعة 23 أيار/مايو 2025، "
            "في مقر السفارة العُمانية، وتنقّل خلالها وزير الخارجية العماني بدر البوسعيدي بين الوفدين حاملاً الرسائل.")
    c = one(ex, text, "ar", pub="2025-06-01")
    assert "OMN" in {m.actor_id for m in c.mediators} and "ITA" not in {m.actor_id for m in c.mediators}


@pytest.mark.parametrize("text, lang, pub", [
    ("أعلن وزير الخارجية الإيراني اليوم الأحد أن طهران أبلغت الولايات المتحدة، عبر السفارة السويسرية، بين ليل السبت "
     "وفجر اليوم، أن العملية محدودة.", "ar", "2024-04-14"),
    ("ایران روز دوشنبه ۲ تیر ۱۴۰۴ پیش از حمله از طریق سفارت سوئیس به طرف آمریکایی اطلاع داده بود.", "fa", "2025-06-26"),
])
def test_a_side_informed_through_a_go_between_is_a_message(ex, text, lang, pub):
    c = one(ex, text, lang, pub=pub)
    assert c.event_type == "message_exchange" and c.parties == frozenset({"IRN", "USA"})


def test_informing_reporters_through_a_network_is_no_message(ex):
    text = "سخنگوی وزارت خارجه ایران روز یکشنبه ۲۶ فروردین ۱۴۰۳ از طریق شبکه ایکس به خبرنگاران اطلاع داد که آمریکا پاسخی نداده است."
    assert none_in(ex, text, "fa", pub="2024-04-15")


def test_together_with_a_third_person_is_company_at_the_table_not_the_other_party(ex):
    text = ("محمدجواد ظریف، وزیر امور خارجه ایران، و جان کری، وزیر امور خارجه آمریکا، همراه با کاترین اشتون در ۱۸ و ۱۹ "
            "آبان ۱۳۹۳ در مسقط گرد هم آمدند و دو روز درباره پرونده هسته‌ای گفت‌وگو کردند.")
    c = one(ex, text, "fa", pub="2015-01-11")
    assert c.parties == frozenset({"IRN", "USA"}) and c.location_city == "Muscat"


def test_in_those_years_is_a_period_not_that_same_year(ex):
    text = ("سلطان قابوس در ۱۳۸۹ میانجی آزادی کوهنوردان بود. دیدارهای محرمانه ایران و آمریکا که راه مذاکرات هسته‌ای را "
            "گشود، در همان سال‌ها و با میانجی‌گری او ممکن شد.")
    assert all(c.quote.startswith("سلطان") for c in ex.extract(DocInput("t", text, "fa", dt.date(2025, 1, 11))))


def test_persian_bilateral_is_no_anaphor_for_the_two_sides(ex):
    text = ("این سفر گمانه‌زنی درباره نقش بغداد میان تهران و واشنگتن را داغ کرد. برخی رسانه‌ها نوشتند که ممکن است او "
            "پیام‌هایی میان دو پایتخت جابه‌جا کند. سخنگوی دولت ایران گفت: «گفت‌وگوهای امروز درباره مسائل دوجانبه و "
            "منطقه‌ای بود.»")
    assert none_in(ex, text, "fa", pub="2020-07-22")


def test_a_freed_traveller_arriving_is_the_release_not_a_visit(ex):
    text = "وصل الباحث الأمريكي شيوي وانغ إلى زيورخ في 7 كانون الأول/ديسمبر 2019 بعد أن أفرجت عنه إيران."
    assert one(ex, text, "ar", pub="2020-07-01").event_type == "prisoner_release"


def test_the_clause_after_a_semicolon_naming_another_pairs_contact_is_no_contact(ex):
    text = ("دوشنبه ۲۲ اردیبهشت ۱۴۰۴ یک سرباز آمریکایی که در اسارت حماس بود، پس از تماس‌های مستقیم آمریکا و حماس آزاد شد؛ "
            "تحولی که در تهران از زاویه «مذاکره مستقیم واشنگتن با گروه‌های مقاومت» تفسیر شد.")
    assert none_in(ex, text, "fa", pub="2025-05-16")


def test_in_these_very_days_is_a_period_not_that_same_day(ex):
    text = ("عمان روز سه شنبه ۱۶ اردیبهشت ۱۴۰۴ آتش بس میان آمریکا و انصارالله یمن را اعلام کرد. در همین روزها میزبان دور "
            "تازه گفت وگوهای ایران و آمریکا بود.")
    assert all(c.date_start != dt.date(2025, 5, 6) for c in ex.extract(DocInput("t", text, "fa", dt.date(2025, 5, 16))))


def test_persian_nine_before_a_nationality_is_no_not(ex):
    text = "ایران روز دوشنبه ۲۷ شهریور ۱۴۰۲ در چارچوب توافقی با میانجیگری قطر نه آمریکایی را آزاد کرد."
    assert "USA" in one(ex, text, "fa", pub="2023-09-20").parties


def test_the_delegations_of_the_round_just_reported_name_its_go_between(ex):
    text = ("یکشنبه ۲۱ اردیبهشت ۱۴۰۴ چهارمین دور گفت‌وگوهای غیرمستقیم ایران و آمریکا در مسقط برگزار شد؛ دوری که قرار بود "
            "شنبه ۱۳ اردیبهشت در رم برگزار شود. هیئت ایران و هیئت آمریکا در دو اتاق جداگانه نشستند و وزیر خارجه عمان "
            "پیشنهادها و پاسخ‌ها را میان آن‌ها جابه‌جا کرد.")
    cands = ex.extract(DocInput("t", text, "fa", dt.date(2025, 5, 16)))
    assert sum(c.same_as is None for c in cands) == 1
    assert "OMN" in {m.actor_id for c in cands for m in c.mediators}


def test_a_phone_call_between_the_principals_is_a_direct_meeting(ex):
    c = one(ex, "تحدث مايك بومبيو مع محمد جواد ظريف في اتصال هاتفي يوم 14 أكتوبر 2019 استمر عشرين دقيقة.", pub="2019-10-20")
    assert (c.event_type, c.format, c.rule) == ("meeting", "direct", "rules:meeting:call")
    c = one(ex, "محمدجواد ظریف روز ۲۰ مهر ۱۳۹۸ با مایک پمپئو تلفنی گفت‌وگو کرد.", lang="fa", pub="2019-10-20")
    assert (c.event_type, c.format) == ("meeting", "direct")


def test_a_phone_call_has_no_sidelines_for_a_later_meeting(ex):
    text = ("□ ۵ مهر ۱۳۹۲: حسن روحانی با باراک اوباما تلفنی گفت‌وگو کرد.\n\n"
            "□ ۴ مهر ۱۳۹۲: محمدجواد ظریف و جان کری نیز در حاشیه نشست ایران و ۱+۵ در نیویورک جداگانه دیدار کردند.")
    evs = events_of(ex, text, lang="fa", pub="2013-09-30")
    assert [e.event_type for e in evs] == ["meeting", "meeting"], [e.quote for e in evs]


def test_a_day_inside_the_quoted_words_after_a_verb_of_saying_is_the_told_contacts(ex):
    c = one(ex, "بقائی افزود: «شنبه ۲۳ فروردین، عباس عراقچی در مسقط بود که استیو ویتکاف با او دیدار کرد.»", lang="fa", pub="2025-04-20")
    assert c.date_start == dt.date(2025, 4, 12)
    # without the colon and the quote the day between the verb and its 'that' is the saying's, as before
    assert none_in(ex, "بقائی افزود شنبه ۲۳ فروردین که عباس عراقچی در مسقط با استیو ویتکاف دیدار کرده است.", lang="fa", pub="2025-04-20")


def test_this_meeting_paragraphs_after_a_sides_meeting_with_third_states_is_that_one(ex):
    text = ("معاونان وزیر امور خارجه ایران دیروز جمعه ۹ آذر در ژنو با مدیران سیاسی فرانسه، آلمان و بریتانیا دیدار کردند.\n\n"
            "سخنگوی وزارت خارجه گفت گفت‌وگوها صریح بود.\n\n"
            "این دیدار یک هفته پس از آن برگزار شد که شورای حکام روز پنجشنبه ۱ آذر با حمایت آمریکا قطعنامه‌ای علیه ایران تصویب کرد.")
    assert none_in(ex, text, lang="fa", pub="2024-11-30")
    # with the two sides' own meeting told in between, 'this meeting' is no longer the third states' one
    # (read as any sentence: Iran, named only as what the resolution was against, is no side of it)
    between = text.replace("سخنگوی وزارت خارجه گفت گفت‌وگوها صریح بود.", "عباس عراقچی و استیو ویتکاف نیز بارها گفت‌وگو کرده بودند.")
    reasons = [d.reason for d in ex.explain(DocInput("t", between, "fa", dt.date(2024, 11, 30)))]
    assert not reasons[-1].startswith("the contact at") and reasons[-1].startswith("fewer than two sides")


def test_the_dateline_under_the_headline_is_no_entry_heading(ex):
    text = ("واشنطن تنسحب من الاتفاق\n\n"
            "طهران، واشنطن – وكالات | الخميس 10 أيار/مايو 2018\n\n"
            "أعلن الرئيس الأمريكي مساء أمس الأربعاء انسحاب بلاده من الاتفاق النووي مع إيران، واصفاً الاتفاق بأنه سيئ.")
    assert none_in(ex, text, pub="2018-05-10")


def test_a_chronology_heading_of_a_date_and_a_city_dates_the_entry_under_it(ex):
    text = ("محطات التفاوض\n\n"
            "هذه أبرز المحطات:\n\n"
            "12 أيار/مايو 2014 – فيينا\n"
            "وزيرا خارجية إيران والولايات المتحدة يعقدان جولة مفاوضات مطولة على هامش المحادثات النووية.")
    c = one(ex, text, pub=None)
    assert (c.date_start, c.event_type) == (dt.date(2014, 5, 12), "talks")


def test_a_dated_heading_dates_every_sentence_of_its_entry_up_to_the_first_with_a_date(ex):
    # the entry's second sentence, after one with no date, is still the heading's day
    text = ("محطات التفاوض\n\n"
            "هذه أبرز المحطات:\n\n"
            "موسكو، 18 و19 حزيران 2012\n"
            "كان المضيف هذه المرة عضواً في المجموعة نفسها. "
            "ودامت جولة المحادثات بين إيران والولايات المتحدة يومين وانتهت من دون اتفاق.")
    c = one(ex, text, pub=None)
    assert (c.date_start, c.date_end) == (dt.date(2012, 6, 18), dt.date(2012, 6, 19)) and "يومين" in c.quote
    # no heading line: no date
    assert none_in(ex, text.replace("موسكو، 18 و19 حزيران 2012\n", ""), pub=None)
    # a sentence of the entry with a date of its own ends the heading's reach
    text = text.replace("كان المضيف هذه المرة", "في 17 حزيران 2012 وصل الوفد الروسي، وكان المضيف هذه المرة")
    assert all(c.date_start != dt.date(2012, 6, 18) for c in ex.extract(DocInput("t", text, "ar", None)))


def test_a_contact_between_one_third_states_own_delegations_is_theirs(ex):
    text = ("أدار المبعوث الأممي الأخضر الإبراهيمي يوم 27 تشرين الثاني/نوفمبر 2001 الجلسات بين الوفود الأفغانية "
            "الأربعة، وفي الممرات تحركت وفود الدول المعنية: الإيرانيون برئاسة محمد جواد ظريف، والأمريكيون برئاسة جيمس دوبينز.")
    assert none_in(ex, text, pub="2001-12-05")
    assert none_in(ex, "گفت‌وگو میان گروه‌های افغان روز ۶ آذر ۱۳۸۰ با حضور هیئت‌های ایران و آمریکا در هتل پترزبرگ "
                       "برگزار شد.", lang="fa", pub="2001-12-05")
    # a meeting of the sides on the sidelines of the talks between them is the sides' own
    c = one(ex, "وعقد الوفدان الإيراني والأمريكي يوم 27 تشرين الثاني/نوفمبر 2001 لقاء جانبيا على هامش المحادثات بين "
                "الأطراف الأفغانية في بون.", pub="2001-12-05")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_a_venue_state_whose_leader_is_named_at_his_office_hosts_the_meeting(ex):
    # the capital after 'in' is the venue, and the prime minister's office in it makes his state the host
    c = one(ex, "التقى السفير الأمريكي رايان كروكر نظيره الإيراني حسن كاظمي قمي في بغداد يوم 28 أيار/مايو 2007 "
                "في مكتب رئيس الوزراء نوري المالكي.", pub="2007-05-29")
    assert sorted((m.actor_id, m.mediation_role) for m in c.mediators) == [("IRQ", "host"), ("person:nouri-al-maliki", "host")]
    assert sorted(c.parties) == ["IRN", "USA"] and c.location_city == "Baghdad"


def test_a_persian_meeting_whose_main_verb_after_its_relative_clause_says_it_was_never_held_is_none(ex):
    text = "نشست سفیران ایران و آمریکا در بغداد که برای اسفند ۱۳۸۶ برنامه‌ریزی شده بود، هرگز برگزار نشد."
    assert none_in(ex, text, lang="fa", pub="2025-06-01")
    # another negative verb after the clause leaves the meeting held
    c = one(ex, "نشست سفیران ایران و آمریکا که اسفند ۱۳۸۶ در بغداد برگزار شد، نتیجه‌ای نداشت.", lang="fa", pub="2025-06-01")
    assert c.date_start == dt.date(2008, 2, 20)


def test_a_short_chat_of_the_two_envoys_on_a_conferences_sidelines_is_a_meeting(ex):
    c = one(ex, "وعلى هامش مؤتمر لاهاي حول أفغانستان في 31 آذار/مارس 2009، تبادل المبعوث الأمريكي ريتشارد هولبروك حديثاً "
                "قصيراً وودياً مع نائب وزير الخارجية الإيراني محمد مهدي آخوندزاده.", pub="2009-04-01")
    assert (c.event_type, c.date_start, c.location_city) == ("meeting", dt.date(2009, 3, 31), "The Hague")
    c = one(ex, "هولبروک و آخوندزاده در حاشیه کنفرانس لاهه در ۱۱ فروردین ۱۳۸۸ گپ کوتاهی زدند.", lang="fa", pub="2009-04-01")
    assert sorted(p.actor_id for p in c.participants) == ["person:mohammad-mehdi-akhundzadeh", "person:richard-holbrooke"]
    assert sorted(c.parties) == ["IRN", "USA"]
    # 'a direct exchange' between the two delegations at a conference
    c = one(ex, "شهد مؤتمر دول جوار العراق في بغداد أمس السبت أول تبادل مباشر معلن بين وفدين أمريكي وإيراني حول العراق.", pub="2007-03-11")
    assert (c.event_type, c.format, c.date_start) == ("meeting", "direct", dt.date(2007, 3, 10))


def test_the_previous_round_is_a_contact_only_with_a_date_of_its_own(ex):
    text = ("گفت‌وگوهای ایران و آمریکا در ژنو دیروز پایان یافت. دور پیشین، از پنجشنبه ۱۶ آبان تا یکشنبه ۱۹ آبان ۱۳۹۲ در همین "
            "شهر، میان هیئت‌های ایران و آمریکا بدون توافق پایان یافته بود.")
    dates = sorted(c.date_start for c in ex.extract(DocInput("t", text, "fa", dt.date(2013, 11, 25))) if c.same_as is None)
    assert dt.date(2013, 11, 7) in dates
    # a live-blog entry's reminder of the previous round: not on the entry's day
    text = ("لحظه به لحظه | دور پنجم گفت‌وگوهای ایران و آمریکا در رم\n\n"
            "۰۹:۴۵ — یادآوری: دور قبلی گفت‌وگوهای ایران و آمریکا در مسقط برگزار شده بود.")
    assert none_in(ex, text, lang="fa", pub="2025-05-23")


def test_a_shared_table_where_nothing_but_greetings_passed_is_no_contact(ex):
    assert none_in(ex, "منوچهر متکی و کاندولیزا رایس در ۱۳ اردیبهشت ۱۳۸۶ در یک ناهار کاری بر سر یک میز نشستند، اما به گفته هر "
                       "دو طرف جز احوال‌پرسی کوتاه سخنی میانشان رد و بدل نشد.", lang="fa", pub="2007-05-29")
    assert none_in(ex, "والتقى متكي ورايس في شرم الشيخ يوم 3 أيار/مايو 2007، واقتصر اللقاء على تبادل المجاملات.", pub="2007-05-29")
    # a meeting that went beyond them is one
    c = one(ex, "والتقى متكي ورايس في شرم الشيخ يوم 3 أيار/مايو 2007، وتجاوز اللقاء تبادل المجاملات إلى بحث الوضع في العراق.", pub="2007-05-29")
    assert c.event_type == "meeting"


def test_a_state_said_to_have_stayed_out_of_a_deal_is_no_side_of_it(ex):
    text = ("دو دهه بعد، آمریکا با طالبان در دوحه قرارداد امضا کرد و ایران بیرون از آن ماند. توافقی که در ۲۹ فوریه ۲۰۲۰ "
            "میان زلمی خلیل‌زاد و ملا عبدالغنی برادر به امضا رسید، راه خروج نیروهای آمریکایی را هموار کرد.")
    assert none_in(ex, text, lang="fa", pub="2021-08-22")


def test_a_meeting_on_the_sidelines_of_a_gathering_the_sentence_before_dates_takes_its_days(ex):
    text = ("از ۶ تا ۱۴ آذر ۱۳۸۰ گروه‌های افغان به میزبانی دولت آلمان در هتلی در حومه بن گرد آمدند. در حاشیه کنفرانس، "
            "محمدجواد ظریف و جیمز دابینز هر روز با هم دیدار می‌کردند.")
    c = one(ex, text, lang="fa", pub="2021-08-22")
    assert (c.date_start, c.date_end) == (dt.date(2001, 11, 27), dt.date(2001, 12, 5))
    # not a meeting with no such words: the day before is another happening's
    assert none_in(ex, text.replace("در حاشیه کنفرانس، ", "").replace("هر روز ", ""), lang="fa", pub="2021-08-22")


def test_these_rounds_paragraphs_after_a_round_of_a_side_with_a_third_state_are_those_rounds(ex):
    # «هذه الجولات» after «الجولة الخامسة من المحادثات السعودية الإيرانية»: the same negotiation, dropped there;
    # the advisers shuttling between Riyadh and Tehran carry no message between the sides
    text = ('جولة جديدة بين الرياض وطهران في بغداد.. والعراق يعرض وساطته على واشنطن أيضاً\n\nاستضافت بغداد أمس الخميس الجولة الخامسة من المحادثات السعودية الإيرانية، بمشاركة مسؤولين أمنيين من البلدين.\n\nوبدأت هذه الجولات في 9 نيسان 2021 بعيداً عن الإعلام، وتتولى الحكومة العراقية تنظيمها، ويتنقل مستشارو رئيس الوزراء بين الرياض وطهران لترتيب مواعيدها.')
    reasons = [d.reason for d in ex.explain(DocInput("t", text, "ar", dt.date(2022, 4, 22)))]
    assert reasons[-1].startswith("the contact at") and "SAU and IRN" in reasons[-1]


def test_a_day_before_after_about_seven_hours_of_talks_is_the_talks_day(ex):
    c = one(ex, "خرج السفير الأمريكي رايان كروكر من مقر رئاسة الوزراء العراقية مساء أمس الثلاثاء بعد نحو سبع ساعات من المحادثات "
                "مع نظيره الإيراني حسن كاظمي قمي.", pub="2007-07-25")
    assert c.date_start == dt.date(2007, 7, 24)


def test_deciding_the_stop_of_the_meetings_is_no_meeting(ex):
    assert none_in(ex, "وفي أيار/مايو 2003 قررت واشنطن وقف اللقاءات مع الدبلوماسيين الإيرانيين.", pub="2021-08-20")
    assert none_in(ex, "وأعلنت طهران في أيار/مايو 2003 تعليق المفاوضات مع الولايات المتحدة.", pub="2021-08-20")


def test_meetings_every_morning_over_the_days_the_sentence_before_spans_take_those_days(ex):
    text = ("أمضى المبعوث الأمريكي الأيام الممتدة بين 27 تشرين الثاني/نوفمبر و5 كانون الأول/ديسمبر 2001 في فندق قرب بون. "
            "وكان يلتقي كل صباح تقريباً رئيس الوفد الإيراني محمد جواد ظريف.")
    c = one(ex, text, pub=None)
    assert (c.date_start, c.date_end) == (dt.date(2001, 11, 27), dt.date(2001, 12, 5))
    # once, on a day of the sentence before that reports none: still not dated by it
    assert none_in(ex, text.replace("كل صباح تقريباً", "مرة"), pub=None)


def test_an_agreement_to_stay_in_touch_with_no_contact_before_it_is_the_meeting_it_was_reached_in(ex):
    text = ("تحدث المبعوث الأمريكي ريتشارد هولبروك ونائب وزير الخارجية الإيراني محمد مهدي آخوندزاده أمس الثلاثاء في لاهاي، "
            "واتفقا على «البقاء على تواصل».")
    c = one(ex, text, pub="2009-04-01")
    assert (c.event_type, c.outcome) == ("meeting", "partial")
    # 'the meeting comes days after …' later on is that meeting again, whatever else the sentence quotes
    text += ("\n\nويأتي اللقاء بعد أيام من الرسالة المصورة التي وجهها أوباما إلى الإيرانيين في 20 آذار/مارس، وردّ خامنئي "
             "عليها بالقول إن طهران «ستتغير إذا تغيرت واشنطن».")
    assert [c.event_type for c in ex.extract(DocInput("t", text, "ar", dt.date(2009, 4, 1))) if c.same_as is None] == ["meeting"]


def test_arabic_waqaat_before_a_happening_is_occurred_not_signed(ex):
    assert none_in(ex, "وقعت الحادثة صباح الأحد 3 تموز/يوليو 1988 في ذروة حرب الناقلات، حين كانت البحرية الأمريكية تشتبك "
                       "مع الزوارق الإيرانية.", pub="2023-07-03")
    c = one(ex, "وقعت إيران والولايات المتحدة الاتفاق في الجزائر يوم 19 كانون الثاني/يناير 1981.", pub="2023-07-03")
    assert c.event_type == "agreement"


def test_the_era_of_a_president_qualifying_a_side_after_the_message_word_leaves_the_sentences_year(ex):
    text = ("ففي عام 1991 تنقّل المبعوث الأممي بيكو بين بيروت ودمشق وطهران، وحمل رسائل بين البيت الأبيض في عهد الرئيس "
            "جورج بوش الأب والرئيس الإيراني علي أكبر هاشمي رفسنجاني.")
    c = one(ex, text, pub="2021-12-04")
    assert c.date_start == dt.date(1991, 1, 1) and sorted(c.parties) == ["IRN", "USA"]
    # an era before the contact word dates it: the other clause's day is not its
    text = ("قطر پیش‌تر نیز در آتش‌بس کوتاه آذر ۱۴۰۲ میان حماس و اسرائیل نقش اصلی را داشت و در دوران جو بایدن تبادل "
            "زندانیان میان ایران و آمریکا را هم ممکن کرده بود.")
    assert none_in(ex, text, lang="fa", pub="2025-06-01")


def test_a_third_states_visit_to_a_side_takes_no_other_side_that_the_next_paragraph_only_speaks_of(ex):
    text = ("الکاظمی در تهران؛ «پیامی از واشنگتن نیاورده بود»\n\n"
            "سرویس سیاست خارجی – مصطفی الکاظمی، نخست‌وزیر عراق، دیروز سه‌شنبه ۳۱ تیر در نخستین سفر خارجی خود پس از به دست "
            "گرفتن قدرت، به تهران آمد و با حسن روحانی و رهبر انقلاب دیدار کرد.\n\n"
            "رهبر انقلاب در دیدار با الکاظمی گفت حضور آمریکا در عراق «مایه ناامنی» است.")
    assert none_in(ex, text, lang="fa", pub="2020-07-22")
    # a message carried from the other side, told next, still makes it the sides' contact
    cands = ex.extract(DocInput("t", text.replace("گفت حضور آمریکا در عراق «مایه ناامنی» است", "گفت الکاظمی پیامی از واشنگتن را منتقل کرد"),
                                "fa", dt.date(2020, 7, 22)))
    assert cands and all(sorted(c.parties) == ["IRN", "USA"] for c in cands)


def test_the_days_when_the_sides_sat_at_one_table_are_a_period_recalled(ex):
    text = ("در روزهایی که افغانستان بار دیگر زیر حکومت طالبان است، مرور روزهای پاییز ۲۰۰۱ خالی از لطف نیست؛ روزهایی که ایران "
            "و آمریکا، بی‌آنکه رابطه رسمی داشته باشند، بر سر آینده افغانستان پشت یک میز نشستند.")
    assert none_in(ex, text, lang="fa", pub="2021-11-13")
    # 'when' of one day is the contact's time
    c = one(ex, "در ۱۲ آذر ۱۳۸۰، زمانی که ایران و آمریکا در بن پشت یک میز نشستند، توافق بن هنوز امضا نشده بود.", lang="fa", pub="2021-11-13")
    assert c.date_start == dt.date(2001, 12, 3)


def test_correspondence_a_protecting_power_usually_carries_is_a_habit(ex):
    assert none_in(ex, "سفارت سوئیس در تهران از سال ۱۳۵۹ حافظ منافع آمریکا در ایران است و به‌طور معمول مکاتبات رسمی دو طرف "
                       "را منتقل می‌کند.", lang="fa", pub="2024-04-16")
    assert none_in(ex, "وتتولى السفارة السويسرية في طهران منذ عام 1980 في العادة نقل المراسلات الرسمية بين الطرفين الإيراني "
                       "والأمريكي.", pub="2024-04-16")


def test_a_message_the_guest_said_he_carried_with_no_day_of_its_own_makes_his_visit_the_sides_contact(ex):
    text = ("سفر آبه به تهران\n\n"
            "سفر دو روزه شینزو آبه، نخست‌وزیر ژاپن، به تهران که از چهارشنبه ۲۲ خرداد ۱۳۹۸ آغاز شده بود، دیروز پنجشنبه ۲۳ خرداد "
            "با دیدار او با رهبر انقلاب به پایان رسید. آبه نخستین نخست‌وزیر ژاپن بود که پس از انقلاب به ایران سفر کرد.\n\n"
            "آبه در دیدار با آیت‌الله خامنه‌ای گفت حامل پیامی از دونالد ترامپ است.")
    cands = [c for c in ex.extract(DocInput("t", text, "fa", dt.date(2019, 6, 14))) if c.same_as is None]
    assert [(c.event_type, c.date_start, sorted(c.parties)) for c in cands] == [("visit", dt.date(2019, 6, 12), ["IRN", "USA"])]
    assert ("JPN", "message_carrier") in {(m.actor_id, m.mediation_role) for m in cands[0].mediators}


def test_a_pair_of_plural_adjectives_names_the_contacts_sides(ex):
    text = "عقد مسؤولون سعوديون وإيرانيون في بغداد أولى جولات محادثاتهم يوم 9 نيسان 2021. ولم تُبلَغ واشنطن بها إلا لاحقاً."
    assert none_in(ex, text, pub="2021-04-20")


def test_messages_exchanged_since_the_start_of_the_month_began_then(ex):
    c = one(ex, "قال مسؤولون إيرانيون وأمريكيون إن البلدين تبادلا رسائل عبر السفارة السويسرية في طهران منذ مطلع الشهر الجاري.",
            pub="2024-04-16")
    assert (c.event_type, c.date_start, c.date_precision) == ("message_exchange", dt.date(2024, 4, 1), "month")
    # a standing channel since a year is none
    assert none_in(ex, "فسويسرا تنقل الرسائل بين طهران وواشنطن منذ عام 1980.", pub="2024-04-16")


def test_ministers_who_gathered_with_both_sides_at_the_table_held_a_meeting(ex):
    text = ("در نوامبر ۲۰۰۱، وزیران خارجه هشت کشور به دعوت کوفی عنان در مقر سازمان ملل در نیویورک گرد آمدند. کالین پاول و "
            "کمال خرازی هر دو پشت میز بودند.")
    cands = [c for c in ex.extract(DocInput("t", text, "fa", dt.date(2021, 11, 13))) if c.same_as is None]
    assert [(c.event_type, c.date_start, sorted(c.parties)) for c in cands] == [("meeting", dt.date(2001, 11, 1), ["IRN", "USA"])]


def test_a_state_named_after_about_is_the_subject_not_a_side(ex):
    assert none_in(ex, "هیئت آمریکایی روز ۱۱ فروردین ۱۳۸۸ درباره ایران با اروپایی‌ها گفت‌وگو کرد.", lang="fa", pub="2009-04-01")
    assert none_in(ex, "وأجرى الوفد الأمريكي يوم 31 آذار/مارس 2009 محادثات حول إيران مع الأوروبيين.", pub="2009-04-01")
    # nor one named after 'against'
    assert none_in(ex, "وزیران خارجه آمریکا و اروپا روز ۱۱ فروردین ۱۳۸۸ درباره قطعنامه‌ای علیه ایران نشست داشتند.", lang="fa", pub="2009-04-01")


def test_the_green_zone_and_the_petersberg_are_venues(ex):
    c = one(ex, "التقى السفير الأمريكي رايان كروكر نظيره الإيراني حسن كاظمي قمي يوم 28 أيار/مايو 2007 داخل المنطقة الخضراء.", pub="2007-05-29")
    assert (c.location_city, c.location_country) == ("Baghdad", "IRQ")
    c = one(ex, "ظریف و دابینز روز ۱۲ آذر ۱۳۸۰ در هتل پترزبرگ با هم دیدار کردند.", lang="fa", pub="2001-12-05")
    assert (c.location_city, c.location_country) == ("Bonn", "DEU")


def test_a_sentence_opening_with_until_a_year_tells_a_period_not_a_contact(ex):
    assert none_in(ex, "حتى عام 2013 كانت المحادثات تجري في قاعة واحدة تضم الوفدين الإيراني والأمريكي.", pub=None)
    assert none_in(ex, "تا سال ۲۰۱۳ گفت‌وگوها در یک تالار برگزار می‌شد و هیئت ایرانی و هیئت آمریکایی کنار هم می‌نشستند.", lang="fa", pub=None)
    # 'until' inside the sentence, after the contact, is still read as before
    c = one(ex, "استمرت المحادثات بين الوفدين الإيراني والأمريكي في جنيف حتى عام 2013.", pub=None)
    assert c.date_start == dt.date(2013, 1, 1)


def test_the_round_ended_days_after_the_round_just_reported_is_its_end(ex):
    text = ("افتتحت في جنيف يوم 15 تشرين الأول/أكتوبر 2013 جولة مفاوضات بين الوفدين الإيراني والأمريكي. "
            "وانتهت الجولة يوم 17 تشرين الأول/أكتوبر من دون اتفاق.")
    evs = events_of(ex, text, pub="2013-10-20")
    assert [(e.date_start, e.date_end) for e in evs] == [(dt.date(2013, 10, 15), dt.date(2013, 10, 17))]


_FIRST_ROUND = ("انطلقت في فيينا يوم 6 نيسان/أبريل 2021 الجولة الأولى من المحادثات بين الوفدين الإيراني والأمريكي. "
                "وبعد عام يبدو المسار معلقاً.\n\n"
                "وجلس الوفد الإيراني في فندق، فيما أقام الوفد الأمريكي في فندق آخر. وتولى الوسيط الأوروبي التنقل بين الفندقين.\n\n")


def test_the_round_ended_paragraphs_on_with_the_ordinal_the_round_bore_is_its_end(ex):
    evs = events_of(ex, _FIRST_ROUND + "وانتهت الجولة الأولى يوم الجمعة، التاسع من الشهر نفسه باتفاق على تشكيل مجموعتي عمل.", pub="2022-04-06")
    assert [(e.date_start, e.date_end) for e in evs] == [(dt.date(2021, 4, 6), dt.date(2021, 4, 9))]
    # another ordinal is another round
    evs = events_of(ex, _FIRST_ROUND + "وانتهت الجولة الثانية يوم الجمعة، التاسع عشر من الشهر نفسه باتفاق على تشكيل مجموعتي عمل.", pub="2022-04-06")
    assert len(evs) == 2


def test_a_detainee_the_reference_data_knows_names_the_side_that_held_him(ex):
    c = one(ex, "شش ماه بعد، در ۱۵ خرداد ۱۳۹۹، مایکل وایت، کهنه‌سرباز آمریکایی، آزاد شد و با هواپیمای سوئیس به زوریخ رفت.", lang="fa", pub="2020-08-07")
    assert (c.event_type, sorted(c.parties), c.date_start) == ("prisoner_release", ["IRN", "USA"], dt.date(2020, 6, 4))
    c = one(ex, "في 7 كانون الأول/ديسمبر 2019 أُطلق سراح العالم مسعود سليماني في زيوريخ.", pub="2020-01-10")
    assert sorted(c.parties) == ["IRN", "USA"]
    # an unnamed veteran of one side names no holder
    assert none_in(ex, "در ۱۵ خرداد ۱۳۹۹ یک کهنه‌سرباز آمریکایی آزاد شد.", lang="fa", pub="2020-08-07")


def test_a_stay_of_so_many_days_that_ended_on_a_day_began_days_before(ex):
    c = one(ex, "اختتم رئيس الوزراء الياباني شينزو آبي أمس الخميس زيارة لطهران استمرت يومين حمل خلالها رسالة من الرئيس الأمريكي دونالد ترامب.", pub="2019-06-14")
    assert (c.date_start, c.date_end) == (dt.date(2019, 6, 12), dt.date(2019, 6, 13))
    c = one(ex, "شینزو آبه، نخست‌وزیر ژاپن، دیروز پنجشنبه ۲۳ خرداد سفر دوروزه خود به تهران را با پیام ترامپ به پایان رساند.", lang="fa", pub="2019-06-14")
    assert (c.date_start, c.date_end) == (dt.date(2019, 6, 12), dt.date(2019, 6, 13))
    # a stay that has not ended is dated by its day alone
    c = one(ex, "بدأ رئيس الوزراء الياباني شينزو آبي أمس الأربعاء زيارة لطهران تستمر يومين يحمل خلالها رسالة من الرئيس الأمريكي دونالد ترامب.", pub="2019-06-13")
    assert c.date_start == dt.date(2019, 6, 12)


def test_a_message_a_third_states_official_received_from_a_side_is_not_the_sides(ex):
    assert none_in(ex, "دفتر عادل عبدالمهدی، نخست‌وزیر عراق، گفت نیمه‌شب ۱۸ دی پیامی شفاهی از ایران دریافت کرده که حمله فقط "
                       "مواضع نیروهای آمریکایی را هدف خواهد گرفت.", lang="fa", pub="2020-01-08")
    assert none_in(ex, "تلقى رئيس الوزراء العراقي عادل عبد المهدي ليل 8 كانون الثاني 2020 رسالة شفهية من طهران تقول إن الرد "
                       "سيقتصر على مواقع القوات الأمريكية.", pub="2020-01-09")
    # carried on to the other side, it is the sides' contact
    c = one(ex, "تلقى رئيس الوزراء العراقي عادل عبد المهدي يوم 5 كانون الثاني 2020 رسالة من طهران ونقلها إلى واشنطن.", pub="2020-01-09")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_an_attempt_to_arrange_a_contact_is_not_the_contact(ex):
    assert none_in(ex, "۲ مهر ۱۳۹۸ (۲۴ سپتامبر ۲۰۱۹) – تلاش امانوئل مکرون برای برقراری تماس تلفنی میان روحانی و ترامپ در نیویورک به نتیجه نرسید.",
                   lang="fa", pub="2021-04-06")
    assert none_in(ex, "۲۰:۴۰ – رسانه‌های فرانسوی گزارش می‌دهند امانوئل مکرون امروز سه‌شنبه می‌کوشد در هتل محل اقامت روحانی، یک گفت‌وگوی تلفنی "
                       "میان او و ترامپ ترتیب دهد.", lang="fa", pub="2019-09-24")
    assert none_in(ex, "وفي 24 أيلول/سبتمبر 2019 فشلت محاولة ماكرون لترتيب اتصال هاتفي بين روحاني وترامب في نيويورك.", pub="2021-04-06")
    # the contact an attempt led to is still one
    c = one(ex, "بعد محاولة أولى فاشلة، التقى ظريف وكيري في نيويورك يوم 26 أيلول/سبتمبر 2013.", pub="2013-10-01")
    assert c.event_type == "meeting"


def test_a_third_party_meeting_each_side_in_turn_is_no_contact_between_them(ex):
    assert none_in(ex, "والتقى رئيس الوزراء الياباني شينزو آبي روحاني يوم الثلاثاء 24 أيلول 2019، كما التقى ترامب في اليوم نفسه، "
                       "من دون أن يعلن أي طرف أنه حمل رسالة.", pub="2019-09-26")
    # with a message carried from the one to the other, it is
    c = one(ex, "والتقى رئيس الوزراء الياباني شينزو آبي روحاني يوم الأربعاء 12 حزيران 2019 في طهران، كما التقى خامنئي في اليوم التالي "
                "وسلّمه رسالة من ترامب.", pub="2019-06-14")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_a_regional_tour_is_the_trip_not_a_round_of_talks(ex):
    assert none_in(ex, "وكان وزير الخارجية الإيراني محمد جواد ظريف قد زار طوكيو في أيار 2019، في إطار جولة آسيوية بحث فيها تداعيات "
                       "العقوبات الأمريكية على مبيعات النفط الإيراني.", pub="2019-06-14")
    # a round of talks in the third state's capital is still the sides' round
    c = one(ex, "وكان وزير الخارجية الإيراني قد زار مسقط في أيار 2019، في إطار جولة محادثات غير مباشرة مع الوفد الأمريكي.", pub="2019-06-14")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_a_swap_offered_is_no_release(ex):
    assert none_in(ex, "وكان وزير الخارجية محمد جواد ظريف قد عرض في نيسان/أبريل 2019 مبادلة شاملة للمحتجزين، فردّت واشنطن بأن على طهران "
                       "أن تبدأ بالإفراج.", pub="2019-12-03")
    assert none_in(ex, "ظریف در فروردین ۱۳۹۸ پیشنهاد مبادله همه زندانیان ایران و آمریکا را مطرح کرد.", lang="fa", pub="2019-12-03")
    # a swap made is one
    c = one(ex, "وفي 7 كانون الأول/ديسمبر 2019 جرت في زيوريخ مبادلة شيوي وانغ بمسعود سليماني.", pub="2019-12-10")
    assert c.event_type == "prisoner_release"


def test_an_envoy_appointed_is_no_trip(ex):
    assert none_in(ex, "اختار وزير الخارجية الأمريكي أنتوني بلينكن هذا الأسبوع روبرت مالي مبعوثاً خاصاً للملف الإيراني، في إشارة "
                       "إلى أن إدارة بايدن تريد العودة إلى الدبلوماسية.", pub="2021-01-30")


def test_a_condition_on_any_meeting_is_no_meeting(ex):
    assert none_in(ex, "22:10 – مسؤول في وزارة الخارجية الأمريكية يوضح أن أي لقاء يجب أن يسبقه «تغيير جوهري» في سلوك إيران.", pub="2018-07-30")
    assert none_in(ex, "سخنگوی وزارت خارجه امروز دوشنبه گفت هر دیداری با مقام‌های آمریکایی باید با تأیید رهبری باشد.", lang="fa", pub="2018-07-30")


def test_a_third_states_minister_met_with_no_message_carried_is_that_states_contact(ex):
    text = ("سفر آبه چند روز پس از سفر هایکو ماس، وزیر خارجه آلمان، به تهران انجام شد. ماس دوشنبه ۲۰ خرداد ۱۳۹۸ با محمدجواد ظریف دیدار "
            "کرده بود، اما آن دیدار به پرونده سازوکار مالی اروپا و برجام اختصاص داشت و حامل پیامی از واشنگتن نبود.")
    assert none_in(ex, text, lang="fa", pub="2019-06-14")


def test_a_few_steps_from_a_deal_is_no_deal(ex):
    assert none_in(ex, "هیئت‌های ایران و آمریکا در اسفند ۱۴۰۰ به «چند قدم تا توافق» رسیده بودند.", lang="fa", pub="2022-04-06")
    assert none_in(ex, "وفي آذار 2022 بدا الوفدان الإيراني والأمريكي على بعد خطوات من اتفاق.", pub="2022-04-06")


def test_messages_carried_until_a_day_of_the_round_just_reported_are_that_rounds(ex):
    text = ("یک سال پیش در چنین روزی، ۱۷ فروردین ۱۴۰۰، نخستین دور گفت‌وگوهای وین میان ایران و آمریکا آغاز شد. "
            "انریکه مورا، هماهنگ‌کننده اتحادیه اروپا، تا ۲۰ فروردین پیام‌ها و پیشنهادها را میان هیئت ایرانی و هیئت آمریکایی جابه‌جا کرد.")
    evs = events_of(ex, text, lang="fa", pub="2022-04-06")
    assert [(e.date_start, e.date_end) for e in evs] == [(dt.date(2021, 4, 6), dt.date(2021, 4, 9))]


def test_a_clause_dated_only_by_the_other_clause_is_no_second_contact(ex):
    text = ("أطلقت إيران صباح أمس الخميس سراح بحارين أمريكيين، رجل وامرأة، كانت قواتها قد أوقفتهما يوم الثلاثاء، "
            "بعد سلسلة اتصالات هاتفية بين جون كيري ومحمد جواد ظريف.")
    assert kinds(ex, text, pub="2016-01-15") == ["prisoner_release"]


def test_the_year_a_memoir_came_out_is_not_its_contacts(ex):
    text = "يروي الدبلوماسي الأمريكي في مذكراته الصادرة عام 2019 تفاصيل مفاوضاته الطويلة مع الوفد الإيراني."
    assert none_in(ex, text, pub="2020-03-01")


def test_not_hiding_and_not_out_of_nowhere_negate_no_contact(ex):
    text = ("ففي 26 أيلول/سبتمبر 2013 عقد جون كيري ومحمد جواد ظريف لقاء نحو نصف ساعة في نيويورك.\n\n"
            "ولا يخفي كيري أن ذلك اللقاء لم يولد من فراغ.")
    evs = events_of(ex, text, pub="2013-10-01")
    assert [(e.event_type, e.certainty) for e in evs] == [("meeting", "reported")]


def test_a_side_refusing_any_meeting_reports_none(ex):
    assert none_in(ex, "وترفض طهران اليوم أي لقاء مباشر مع الوفد الأمريكي قبل رفع العقوبات.", pub="2021-04-10")
    assert none_in(ex, "رفضت إيران أمس عقد جولة محادثات مباشرة مع الولايات المتحدة.", pub="2021-04-10")


def test_a_written_exchange_of_replies_through_a_go_between_is_a_message_exchange(ex):
    c = one(ex, "سلّمت إيران يوم الأحد 4 أيلول/سبتمبر 2022 ردها الثاني على الموقف الأمريكي، في تبادل مكتوب للردود عبر الاتحاد الأوروبي.", pub="2022-09-06")
    assert (c.event_type, c.format) == ("message_exchange", "indirect")
    c = one(ex, "ایران روز ۱۳ شهریور ۱۴۰۱ در ادامه تبادل مکتوب با آمریکا از طریق اتحادیه اروپا پاسخ تازه‌ای فرستاد.", lang="fa", pub="2022-09-06")
    assert c.event_type == "message_exchange"


def test_from_a_day_and_began_is_a_contacts_start_not_a_state_since(ex):
    c = one(ex, "دور پنجم گفت‌وگوهای ایران و آمریکا در ژنو از سه‌شنبه ۴ آذر آغاز شده است.", lang="fa", pub="2014-11-27")
    assert c.date_start == dt.date(2014, 11, 25)


def test_a_claim_set_beside_the_contact_with_while_does_not_make_it_alleged(ex):
    text = ("این ادعا در حالی مطرح شده که دور تازه گفت‌وگوهای ایران و آمریکا در مسقط از شنبه ۱۹ آبان آغاز شده است.")
    c = one(ex, text, lang="fa", pub="2024-11-12")
    assert c.certainty == "reported"


def test_a_deal_days_after_a_round_opened_closes_that_round(ex):
    text = ("الاثنين 3 آذار/مارس 2014: افتُتحت في جنيف جولة مفاوضات بين الوفدين الإيراني والأمريكي.\n\n"
            "الجمعة 7 آذار/مارس 2014: وقّع الوزيران الإيراني والأمريكي اتفاقاً مرحلياً في جنيف.")
    evs = events_of(ex, text, pub="2014-03-08")
    assert [(e.event_type, e.date_start, e.date_end) for e in evs] == [("agreement", dt.date(2014, 3, 3), dt.date(2014, 3, 7))]


def test_a_numbered_round_in_the_lead_naming_no_side_takes_the_delegations_of_the_next_paragraphs(ex):
    text = ("پایان دور هفتم\n\n"
            "هفتمین دور گفت‌وگوهای ژنو، که از دوشنبه ۳ آذر آغاز شده بود، دیروز جمعه ۷ آذر بدون توافق پایان یافت.\n\n"
            "محمدجواد ظریف، رئیس هیئت ایرانی، پس از نشست پایانی گفت اختلاف‌ها جدی است.\n\n"
            "هیئت آمریکایی به ریاست وندی شرمن نیز به واشنگتن بازگشت.")
    c = events_of(ex, text, lang="fa", pub="2014-11-29")
    assert [(e.event_type, sorted(e.parties)) for e in c] == [("talks", ["IRN", "USA"])]


@pytest.mark.parametrize("ordinal", ["ششم", "هفتم", "هشتم"])
def test_a_round_with_a_persian_ordinal_after_its_noun_is_a_numbered_round(ex, ordinal):
    text = ("نخستین دور گفت‌وگوهای غیرمستقیم ایران و آمریکا روز شنبه ۲۳ فروردین در مسقط برگزار شد.\n\n"
            f"۲ خرداد – دور {ordinal} در رم برگزار شد.")
    evs = events_of(ex, text, lang="fa", pub="2025-06-01")
    assert [sorted(e.parties) for e in evs] == [["IRN", "USA"], ["IRN", "USA"]]


def test_refusing_to_sit_with_the_other_side_at_one_table_reports_no_meeting(ex):
    assert none_in(ex, "ورفضت طهران الجلوس مع الأمريكيين إلى طاولة واحدة يوم 9 نيسان/أبريل.", pub="2021-04-10")


def test_what_went_on_during_the_round_is_no_second_contact(ex):
    text = ("وكانت الجولة السابعة من المحادثات بين إيران والولايات المتحدة قد انطلقت في 29 تشرين الثاني/نوفمبر 2021، "
            "وتولى منسق الاتحاد الأوروبي خلالها نقل الرسائل بين الوفدين قبل أن تتوقف في 17 كانون الأول/ديسمبر.")
    assert kinds(ex, text, pub="2022-01-05") == ["talks"]


def test_the_members_of_the_p5_plus_1_a_sentence_names_are_parties(ex):
    c = one(ex, "أُعلن في فيينا يوم 14 تموز/يوليو 2015 التوصل إلى اتفاق بين إيران ومجموعة 5+1، وهي الولايات المتحدة وروسيا والصين وفرنسا وبريطانيا وألمانيا.", pub="2015-07-15")
    assert sorted(c.parties) == ["CHN", "DEU", "FRA", "GBR", "IRN", "RUS", "USA"]
    # the group alone adds only the side it holds; a venue's state is no member named
    c = one(ex, "أُعلن في فيينا يوم 14 تموز/يوليو 2015 التوصل إلى اتفاق بين إيران ومجموعة 5+1.", pub="2015-07-15")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_a_round_still_going_on_a_later_day_runs_from_its_first_day_to_that_one(ex):
    text = ("دور تازه گفت‌وگوهای ایران و آمریکا که از دوشنبه ۳ آذر در ژنو آغاز شده است، امروز جمعه وارد پنجمین روز خود شد. "
            "محمدجواد ظریف و جان کری امروز صبح نیز دو ساعت دیدار کردند.")
    evs = events_of(ex, text, lang="fa", pub="2014-11-28")
    assert [(e.date_start, e.date_end) for e in evs] == [(dt.date(2014, 11, 24), dt.date(2014, 11, 28))]


def test_a_message_carried_on_this_trip_is_not_the_third_states_trip_again(ex):
    text = ("وزیر خارجه عمان دیروز جمعه ۹ آذر به تهران سفر کرد و با عباس عراقچی دیدار کرد.\n\n"
            "سخنگوی وزارت خارجه گفت گفت‌وگوها سازنده بود.\n\n"
            "به گزارش رسانه‌ها، وزیر عمانی در این سفر حامل پیامی از دونالد ترامپ برای مقام‌های ایرانی بود.")
    decisions = [d.reason for d in ex.explain(DocInput("t", text, "fa", dt.date(2024, 11, 30)))]
    assert not any("again («این سفر»)" in r for r in decisions), decisions


def test_contacts_of_recent_months_take_no_day_from_another_clause(ex):
    text = ("وفي الأشهر الأخيرة عادت القناة بصيغة أخرى: جولات غير مباشرة بين وزير الخارجية الإيراني والمبعوث الأمريكي "
            "بوساطة عُمانية، أوقفتها الضربات الجوية المتتالية على المنشآت الإيرانية في حزيران/يونيو الماضي.")
    assert none_in(ex, text, pub="2025-07-14")


def test_the_proper_name_of_the_sides_deal_concluded_names_its_sides(ex):
    # the deal's name is the contact word: its sides are the deal's, though the sentence names neither
    c = one(ex, "سرانجام بیانیه‌های الجزایر در ۲۹ دی ۱۳۵۹ امضا شد.", lang="fa", pub="2025-11-04")
    assert sorted(c.parties) == ["IRN", "USA"] and c.date_start == dt.date(1981, 1, 19)
    c = one(ex, "بامداد یکشنبه ۳ آذر ۱۳۹۲ اشتون و ظریف اعلام کردند که «برنامه اقدام مشترک» نهایی شده است.", lang="fa", pub="2024-11-04")
    assert sorted(c.parties) == ["IRN", "USA"]
    # not the 1975 Iran–Iraq agreement of the same name, nor a deal that only dates something else
    # the name right after the verb of concluding it, in a chronology's entry under its day
    c = one(ex, "تسلسل زمني.\n\n19 كانون الثاني/يناير 1981\nتوقيع «إعلانات الجزائر» بعد وساطة جزائرية استمرت أسابيع.", pub="2025-04-09")
    assert sorted(c.parties) == ["IRN", "USA"] and c.date_start == dt.date(1981, 1, 19)
    assert none_in(ex, "وُقّعت اتفاقية الجزائر في 6 آذار/مارس 1975 في قمة أوبك.", pub="2025-03-06")
    assert none_in(ex, "خبر این گفت‌وگوها نخستین بار در آذر ۱۳۹۲، پس از امضای توافق موقت ژنو، از سوی خبرگزاری آسوشیتدپرس منتشر شد.",
                   lang="fa", pub="2024-11-04")


@pytest.mark.parametrize("text, lang", [
    ("في تشرين الثاني/نوفمبر 1979 رفضت طهران استقبال رامزي كلارك الذي حمل رسالة من كارتر.", "ar"),
    ("في تشرين الثاني/نوفمبر 1979 رفض الخميني لقاء المبعوث الأمريكي.", "ar"),
    ("در آبان ۱۳۵۸ دولت موقت از پذیرفتن رمزی کلارک، فرستاده کارتر، خودداری کرد.", "fa"),
    ("در آبان ۱۳۵۸ امام خمینی از دیدار با فرستادگان آمریکا امتناع کرد.", "fa"),
])
def test_a_side_refusing_to_receive_or_meet_the_other_is_no_contact(ex, text, lang):
    assert none_in(ex, text, lang=lang, pub="2025-11-04")


def test_a_refusal_of_something_else_leaves_the_contact(ex):
    # a message refused is its outcome; refraining from something else after a meeting leaves the meeting
    assert kinds(ex, "في تشرين الثاني/نوفمبر 2019 رفضت طهران رسالة ترامب التي نقلها آبي.", pub="2025-11-04") == ["message_exchange"]
    assert kinds(ex, "ظریف در آبان ۱۳۹۲ پس از دیدار با کری در ژنو از اظهار نظر خودداری کرد.", lang="fa", pub="2025-11-04") == ["meeting"]


def test_a_trip_to_a_place_of_no_state_is_read_without_failing(ex):
    # a sea or a strait has no country: a convoy's 'trip' in the Gulf is no third state's visit, and no contact
    text = ("30 سال پیش در چنین روزی، 2 مرداد 1366، نفتکش کویتی بریجتون که تازه پرچم آمریکا را برافراشته بود، "
            "در نخستین سفر اسکورت ناوگان آمریکا در خلیج فارس به مین برخورد کرد.")
    assert none_in(ex, text, lang="fa", pub="2017-07-24")


def test_a_message_the_next_sentence_says_nothing_was_received_of_is_no_contact(ex):
    text = ("أعلن الرئيس الأمريكي يوم الجمعة أنه بعث برسالة إلى المرشد الإيراني علي خامنئي يعرض فيها التفاوض. "
            "وردّت طهران بأنها لم تتسلّم شيئاً، وبأنها لن تفاوض تحت التهديد.")
    assert none_in(ex, text, pub="2025-03-09")


def test_sat_to_someone_is_a_meeting_but_not_at_a_table_or_back_to_a_time(ex):
    c = one(ex, "فقبل ثلاثة أيام فقط، في الأول من تشرين الثاني/نوفمبر 1979، جلس رئيس الحكومة المؤقتة مهدي بازركان ووزير خارجيته "
                "إبراهيم يزدي ووزير الدفاع مصطفى شمران إلى مستشار الأمن القومي الأمريكي زبيغنيو بريجنسكي في العاصمة الجزائرية.", pub="2024-11-04")
    assert (c.event_type, c.date_start, c.location_city) == ("meeting", dt.date(1979, 11, 1), "Algiers")
    # apposition commas between the verb and 'with'
    c = one(ex, "ففي شباط/فبراير 1986 جلس أوليفر نورث، العضو في مجلس الأمن القومي الأميركي، في أحد فنادق فرانكفورت مع مسؤول "
                "في مكتب رئيس الوزراء الإيراني هو محسن كنغرلو.", pub="2016-02-25")
    assert (c.event_type, c.location_city) == ("meeting", "Frankfurt")
    assert none_in(ex, "في الأول من تشرين الثاني/نوفمبر 1979 جلس بازركان وبريجنسكي إلى مائدة غداء واحدة.", pub="2024-11-04")


def test_addressing_a_council_session_both_sides_spoke_in_is_no_contact(ex):
    text = ("وكان وزير الخارجية الإيراني علي أكبر ولايتي قد خاطب مجلس الأمن يوم الخميس الماضي في جلسة خُصصت للحادث، "
            "تحدث فيها أيضاً نائب الرئيس الأمريكي جورج بوش.")
    assert none_in(ex, text, pub="1988-07-19")


def test_signed_with_the_text_named_further_on_or_a_deal_named(ex):
    text = ("وفي يوم الاثنين 19 جانفي 1981 وقّع كريستوفر في الجزائر العاصمة، بعد أن وقّع وزير الدولة الإيراني بهزاد نبوي في طهران، "
            "على النصين اللذين صاغهما الجزائريون، ويقضيان بتحويل الأرصدة الإيرانية المجمدة إلى حساب ضمان.")
    c = one(ex, text, pub="2020-11-02")
    assert (c.event_type, c.date_start) == ("agreement", dt.date(1981, 1, 19))


@pytest.mark.parametrize("text, lang, pub", [
    ("تسلسل زمني.\n\n20 كانون الثاني/يناير 1981\nتقلع طائرتان جزائريتان من مطار مهرآباد في طهران وعلى متنهما الرهائن الأمريكيون الاثنان والخمسون.", "ar", "2025-04-09"),
    ("چهل‌وچهار سال پیش در چنین روزی، ۳۰ دی ۱۳۵۹، دو هواپیمای الجزایری ۵۲ گروگان آمریکایی را از فرودگاه مهرآباد تهران بیرون بردند.", "fa", "2025-01-19"),
])
def test_a_flight_taking_the_hostages_out_is_their_release(ex, text, lang, pub):
    assert kinds(ex, text, lang=lang, pub=pub) == ["prisoner_release"]


def test_the_lebanese_captors_named_free_their_hostage_and_his_arrival_is_no_visit(ex):
    assert none_in(ex, "في طهران رحّب مسؤول إيراني بالخطوة. وأفرجت جماعة «الجهاد الإسلامي لتحرير فلسطين» مساء أمس الأحد عن الأستاذ "
                       "الجامعي الأمريكي روبرت بوليهيل بعد أكثر من ثلاث سنوات.", pub="1990-04-23")
    assert none_in(ex, "ونفت إيران ما نشرته الصحيفة، فيما وصل إلى دمشق أمس الرهينة الأمريكي فرانك ريد بعد أن أفرج عنه خاطفوه.", pub="1990-05-02")


def test_we_were_freed_and_a_written_reply_carried(ex):
    text = ("لأن الأمريكيين والإيرانيين لم يكونوا يجلسون في غرفة واحدة.\n\n"
            "ويضيف: «أُطلق سراحنا ظهر يوم الثلاثاء 20 كانون الثاني/يناير 1981، بعد 444 يوماً من الاحتجاز».")
    assert kinds(ex, text, pub=None) == ["prisoner_release"]
    text = ("وفي نوفمبر 1980 تسلّم الجزائريون في عاصمتهم من نائب وزير الخارجية الأمريكي وارن كريستوفر أول رد أمريكي مكتوب "
            "على الشروط الإيرانية، فحملوه إلى طهران.")
    assert kinds(ex, text, pub="2020-11-02") == ["message_exchange"]


def test_an_arabic_date_before_the_contact_is_not_the_report_a_later_verb_reveals(ex):
    # (the Persian word order, a date before the contact and the revealing verb after it, is the report's date)
    text = ("ففي آذار/مارس 2013، وبعيداً عن الأضواء، استضافت العاصمة العُمانية لقاءً سرياً بين وفد أمريكي برئاسة وليام بيرنز "
            "ومسؤولين إيرانيين، وهو اللقاء الذي لم يُكشف عنه إلا في وقت لاحق من ذلك العام.")
    assert [(c.event_type, c.date_start) for c in ex.extract(DocInput("t", text, "ar", dt.date(2025, 4, 10)))] == [("meeting", dt.date(2013, 3, 1))]


def test_experience_in_carrying_messages_is_no_contact(ex):
    text = ("يتوجه الوفدان الإيراني والأمريكي إلى مسقط السبت المقبل. وهذا بالضبط ما تملكه مسقط اليوم: ثقة الطرفين، وصبر طويل، "
            "وخبرة في نقل الرسائل بين طهران وواشنطن من دون تسريبها إلى الصحف.")
    assert none_in(ex, text, pub="2025-04-10")


def test_a_hostage_freed_after_captivity_in_lebanon_takes_no_side_from_around(ex):
    text = ("در آن سال‌ها میان ایران و آمریکا کانالی از طریق سازمان ملل برقرار بود. سی سال پیش در چنین روزی، ۱۳ آذر ۱۳۷۰، "
            "تری اندرسون، خبرنگار آمریکایی آسوشیتدپرس، پس از نزدیک به هفت سال اسارت در لبنان آزاد شد.")
    assert none_in(ex, text, lang="fa", pub="2021-12-04")
    # (or one the next sentence says his captors freed)
    text = ("شحنت إسرائيل صواريخ «تاو» إلى إيران في آب/أغسطس 1985. ثم أُطلق سراح القس الأمريكي بنجامين وير في 15 أيلول/سبتمبر 1985. "
            "ويرى المؤلف أن الخاطفين أطلقوه بقرارهم.")
    assert none_in(ex, text, pub="2020-05-01")


def test_the_passive_sent_is_no_envoy(ex):
    text = "در مرداد و شهریور ۱۳۶۴، محموله‌هایی از موشک‌های تاو از انبارهای اسرائیل به ایران فرستاده شد تا آمریکا گروگان‌هایش را پس بگیرد."
    assert none_in(ex, text, lang="fa", pub="2016-02-25")


def test_a_surname_of_the_hostage_channels_names_its_man_in_office(ex):
    c = one(ex, "چند هفته بعد، در فوریه ۱۹۸۰، جردن با کلاه‌گیس به پاریس رفت و در آپارتمانی پنهانی با صادق قطب‌زاده، وزیر امور خارجه ایران، دیدار کرد.",
            lang="fa", pub="2008-05-21")
    assert sorted(c.parties) == ["IRN", "USA"] and c.date_start == dt.date(1980, 2, 1)
    c = one(ex, "در مهر ۱۳۶۵ نورث و همکارانش در فرانکفورت با هیئتی ایرانی دیدار کردند.", lang="fa", pub="2016-02-25")
    assert sorted(c.parties) == ["IRN", "USA"]


def test_came_to_tehran_is_a_visit_but_not_the_embassys_state(ex):
    c = one(ex, "مظفری گفت: «مک‌فارلین خرداد ۶۵ با یک هواپیمای پر از قطعات یدکی موشک به تهران آمد و چهار روز ماند.»", lang="fa", pub="2025-05-20")
    assert (c.event_type, c.date_start, sorted(c.parties)) == ("visit", dt.date(1986, 5, 22), ["IRN", "USA"])
    # a third party's trip to end the crisis at the US embassy: the embassy's state is no side of the trip
    text = ("چهل سال پیش در دی ۱۳۵۸، کورت والدهایم، دبیرکل وقت سازمان ملل متحد، برای یافتن راهی برای پایان بحران گروگانگیری "
            "در سفارت آمریکا به تهران آمد.")
    assert none_in(ex, text, lang="fa", pub="2020-01-02")


def test_the_nationality_of_an_organisations_envoy_is_no_mediator(ex):
    text = ("وفي عام 1991 كان الدبلوماسي الإيطالي جاندومينيكو بيكو، مساعد الأمين العام للأمم المتحدة، ينقل الرسائل بين البيت الأبيض "
            "والرئيس الإيراني أكبر هاشمي رفسنجاني.")
    c = one(ex, text, pub="2025-04-09")
    assert sorted(m.actor_id for m in c.mediators) == ["org:un", "person:giandomenico-picco"]


def test_the_head_of_a_delegation_is_a_title_no_visit(ex):
    text = ("این آزادی اجرای توافقی بود که یک روز پیش از آن، ۲۹ دی ۱۳۵۹، با امضای بیانیه‌های الجزایر رسمیت یافته بود. "
            "بهزاد نبوی، وزیر مشاور و رئیس هیئت ایرانی پیگیری این پرونده، متن را در تهران امضا کرد و وارن کریستوفر، معاون وزیر خارجه آمریکا، در الجزیره.")
    assert kinds(ex, text, lang="fa", pub="2025-01-19") == ["agreement"]


def test_a_private_go_between_is_no_side(ex):
    text = ("اما سی سال پیش، در اسفند ۱۳۶۴، در هتلی در فرانکفورت دیداری میان آمریکا و ایران برگزار شد. "
            "در آذر ۱۳۶۴ نیز مک‌فارلین، که تازه از سمت خود کناره گرفته بود، در لندن با قربانی‌فر دیدار کرد.")
    assert [c.date_start for c in ex.extract(DocInput("t", text, "fa", dt.date(2016, 2, 25))) if c.same_as is None] == [dt.date(1986, 2, 20)]
    # who arranged a meeting of the two sides is no participant of it
    c = one(ex, "در اسفند ۱۳۶۴ الیور نورث در هتلی در فرانکفورت با محسن کنگرلو دیدار کرد و قربانی‌فر ترجمه کرد.", lang="fa", pub="2016-02-25")
    assert sorted(p.actor_id for p in c.participants) == ["person:mohsen-kangarlou", "person:oliver-north"]


def test_a_flight_out_with_the_detention_named_further_on(ex):
    text = ("في مثل هذا اليوم قبل 44 عاما، اقلعت طائرتان جزائريتان من مطار مهراباد في طهران وعلى متنهما 52 دبلوماسيا وموظفا امريكيا، "
            "بعد 444 يوما من الاحتجاز في سفاره بلادهم.")
    assert [(c.event_type, c.date_start) for c in ex.extract(DocInput("t", text, "ar", dt.date(2025, 1, 20)))] == [("prisoner_release", dt.date(1981, 1, 20))]


def test_a_contact_named_as_a_lesson_in_the_writers_now_is_not_reported(ex):
    text = "امروز که به آن روز نگاه می‌کنیم، بیش از هر چیز تفاوتش با تجربه نخستین توافق ایران و آمریکا به چشم می‌آید."
    assert none_in(ex, text, lang="fa", pub="2025-07-14")
    # with a day of its own it is one
    text = "تجربه توافق ایران و آمریکا در ۲۹ دی ۱۳۵۹ در الجزایر نشان داد که میانجی لازم است."
    assert kinds(ex, text, lang="fa", pub="2025-07-14") == ["agreement"]


def test_who_a_persian_relative_clause_after_the_verb_names_takes_no_part(ex):
    text = ("همیلتون جردن در ژانویه ۱۹۸۰ در لندن با دو حقوقدان اروپایی دیدار کرد که با صادق قطب‌زاده، وزیر امور خارجه ایران، "
            "آشنا بودند.")
    assert none_in(ex, text, lang="fa", pub="2008-05-21")
    # (a relative clause with no one in it leaves the contact)
    assert kinds(ex, "ظریف در مهر ۱۳۹۲ با کری دیدار کرد که نخستین دیدار دو وزیر بود.", lang="fa", pub="2025-05-21") == ["meeting"]


def test_a_side_with_the_list_of_its_counterparts_is_no_third_party_pair(ex):
    # 'Iran with America, Russia and France': the list after 'with' holds the other side, not a pair of others
    text = "مذاکرات ایران با آمریکا، روسیه و فرانسه درباره سوخت رآکتور تهران در ۲۷ مهر ۱۳۸۸ در وین آغاز شد."
    assert kinds(ex, text, lang="fa", pub="2019-10-19") == ["talks"]
    # a pair of others with no 'with' before it stays out of scope
    assert none_in(ex, "در ۲۷ اردیبهشت ۱۳۸۹ ترکیه و برزیل با ایران به توافق رسیدند، اما آمریکا آن را رد کرد.", lang="fa", pub="2020-05-17")


def test_leaving_prison_is_a_release(ex):
    text = ("اعتقلت القوات الإيرانية الأمريكيين الثلاثة على الحدود عام 2009. "
            "وغادرا السجن مساء أمس، ثم أقلتهما طائرة عُمانية من طهران إلى مسقط، بعد وساطة تابعها السلطان قابوس شخصياً.")
    assert kinds(ex, text, pub="2011-09-22") == ["prisoner_release"]


def test_a_go_between_arranging_a_release_on_humanitarian_grounds_makes_it_negotiated(ex):
    text = ("اعتقلت إيران ثلاثة أمريكيين عام 2009. أُفرج عن الأمريكية المعتقلة في 14 أيلول/سبتمبر 2010 لأسباب إنسانية بعد دفع "
            "كفالة قدرها نصف مليون دولار، تولت جهات عُمانية ترتيبها.")
    assert kinds(ex, text, pub="2011-09-22") == ["prisoner_release"]


def test_a_go_between_said_to_be_absent_or_in_another_clause_leaves_a_release_unilateral(ex):
    text = ("اعتقلت السلطات الإيرانية الصحافية الأمريكية في كانون الثاني/يناير 2009. وأُفرج عنها في أيار/مايو 2009 بقرار من محكمة "
            "الاستئناف في طهران من دون وسيط معلن، بينما مثّلت قضية المتنزهين أول وساطة عُمانية بارزة بين البلدين.")
    assert none_in(ex, text, pub="2011-09-22")
    # out on medical leave is no release
    assert none_in(ex, "وكان الأمريكي المعتقل في إيران قد أُفرج عنه في آذار/مارس الماضي بإجازة طبية.", pub="2020-06-05")


def test_a_contact_revealed_later_keeps_its_headings_date(ex):
    text = ("تسلسل زمني\n\nتموز/يوليو 2012 – مسقط\nلقاء سري في العاصمة العُمانية بين مسؤولين أمريكيين ومسؤولين إيرانيين، "
            "رتّبه مبعوث عُماني، ولم يُكشف عنه إلا بعد سنوات.")
    (c,) = events_of(ex, text, pub=None)
    assert (c.event_type, c.date_start) == ("meeting", dt.date(2012, 7, 1))
    # 'years later' that is the contact's own time still keeps it off the heading's date
    text2 = "تموز/يوليو 2012 – مسقط\nوبعد سنوات التقى مسؤولون أمريكيون ومسؤولون إيرانيون في العاصمة العُمانية."
    assert none_in(ex, text2, pub=None)


def test_the_message_of_a_public_video_spoken_of_again_is_no_message(ex):
    text = ("09:10 – الرئيس الأمريكي يوجّه رسالة مصوّرة إلى الشعب الإيراني وقادته بمناسبة عيد النوروز.\n\n"
            "11:25 – مستشار الرئيس الإيراني يرحب بنبرة الرسالة ويطالب واشنطن بأن تصحّح أخطاءها.")
    assert none_in(ex, text, pub="2009-03-20")
    # a message carried, spoken of again, stays one
    text2 = ("نقل وزير الخارجية العُماني أمس رسالة من واشنطن إلى طهران.\n\n"
             "ورحب مستشار الرئيس الإيراني بنبرة الرسالة الأمريكية.")
    assert [c.event_type for c in events_of(ex, text2, pub="2009-03-20")] == ["message_exchange"]


def test_nor_a_meeting_after_a_negated_verb_is_no_contact(ex):
    text = ("وفي أيلول/سبتمبر 2000 بقيت الوزيرة الأمريكية في قاعة الجمعية العامة للاستماع إلى خطاب الرئيس الإيراني في قمة الألفية، "
            "في بادرة رمزية لم تعقبها مصافحة ولا لقاء.")
    assert none_in(ex, text, pub="2022-03-24")


def test_a_sides_land_in_a_relative_clause_on_another_noun_is_not_the_place(ex):
    text = ("شنبه ۱۳ اردیبهشت ۱۳۸۲ نماینده ایران در سازمان ملل و فرستاده آمریکا در ژنو دیدار کرده بودند؛ "
            "دیداری محرمانه درباره عراق و اعضای القاعده که به ایران گریخته بودند.")
    cs = ex.extract(DocInput("t", text, "fa", dt.date(2023, 5, 4)))
    assert [c.location_country for c in cs] == ["CHE", None]


def test_a_persian_state_since_a_year_goes_on_after_and(ex):
    text = "سوئیس از سال ۱۹۸۰ حافظ منافع آمریکا در ایران است و سفارتش کانال رسمی انتقال پیام میان دو دولت بوده است."
    assert none_in(ex, text, lang="fa", pub="2023-05-04")


def test_the_dialogue_of_civilisations_and_a_wrestler_are_no_contact(ex):
    assert none_in(ex, "آن مصاحبه در دی ۱۳۷۶ پخش شد و خاتمی از «گفتوگوی تمدنها» با آمریکا سخن گفت.", lang="fa", pub="2009-03-22")
    assert none_in(ex, "در مرداد ۱۳۷۷ یک کشتیگیر آمریکایی به تهران آمد.", lang="fa", pub="2009-03-22")


def test_a_later_round_of_a_chronology_takes_the_sides_of_the_round_before(ex):
    text = ("گاه‌شمار | ایران و آمریکا\n\n۲۶ فروردین ۱۳۹۱ (۱۴ آوریل ۲۰۱۲) – استانبول\n"
            "دور تازه گفت‌وگوهای ایران و ۵+۱ به میزبانی ترکیه برگزار شد.\n\n"
            "۳ و ۴ خرداد ۱۳۹۱ (۲۳ و ۲۴ مه ۲۰۱۲) – بغداد\nگفت‌وگوها به میزبانی عراق ادامه یافت، اما تنها نتیجه، توافق بر سر دور بعد بود.\n\n"
            "۲۹ و ۳۰ خرداد ۱۳۹۱ (۱۸ و ۱۹ ژوئن ۲۰۱۲) – مسکو\nآخرین دور پیش از وقفه‌ای طولانی؛ جلسه بی‌نتیجه پایان یافت.")
    assert [c.date_start for c in events_of(ex, text, lang="fa", pub="2013-08-04")] == [
        dt.date(2012, 4, 14), dt.date(2012, 5, 23), dt.date(2012, 6, 18)]
    # Arabic, the verb before its noun
    text_ar = ("تسلسل زمني\n\n14 نيسان/أبريل 2012 – إسطنبول\nجولة جديدة من المحادثات بين إيران والولايات المتحدة ضمن مجموعة 5+1 "
               "استضافتها تركيا.\n\n23 أيار/مايو 2012 – بغداد\nواستمرت المحادثات في العاصمة العراقية بلا نتيجة.")
    assert [c.date_start for c in events_of(ex, text_ar, pub="2013-08-04")] == [dt.date(2012, 4, 14), dt.date(2012, 5, 23)]


def test_a_release_after_an_appeals_court_reduced_the_sentence_is_unilateral(ex):
    text = ("روزنامه‌نگار آمریکایی که در ایران به هشت سال زندان محکوم شده بود، دیروز دوشنبه ۲۱ اردیبهشت پس از کاهش حکمش "
            "در دادگاه تجدیدنظر از زندان اوین آزاد شد.")
    assert none_in(ex, text, lang="fa", pub="2009-05-12")


def test_a_letter_addressed_to_a_third_states_leader_is_not_the_sides(ex):
    # ('two weeks ago', a day counted back: «چند هفته پیش», 'a few weeks ago', gives none)
    text = "ایران بیانیه تهران را امضا کرد. رئیس‌جمهور آمریکا دو هفته پیش در نامه‌ای به لولا از مبادله سوخت حمایت کرده بود."
    assert none_in(ex, text, lang="fa", pub="2010-05-18")
    # carried on to the other side, it is a message between them
    text2 = "رئیس‌جمهور آمریکا دو هفته پیش در نامه‌ای به لولا که از طریق او به تهران منتقل شد، از مبادله سوخت حمایت کرد."
    assert kinds(ex, text2, lang="fa", pub="2010-05-18") == ["message_exchange"]


@pytest.mark.parametrize(
    "lead, text, lang",
    [
        ("عقدت إيران والولايات المتحدة أمس السبت جولة المحادثات غير المباشرة في مسقط بوساطة عمانية.",
         "وكان عباس عراقجي على رأس الفريق الإيراني، وستيف ويتكوف على رأس الفريق الأمريكي.", "ar"),
        ("نخستین دور گفت‌وگوهای غیرمستقیم ایران و آمریکا دیروز شنبه در مسقط با میانجیگری عمان برگزار شد.",
         "عباس عراقچی و استیو ویتکاف سرپرستی تیم‌های دو کشور را بر عهده داشتند.", "fa"),
    ],
)
def test_the_heads_of_the_delegations_named_after_a_contact_are_its_participants(ex, lead, text, lang):
    cands = ex.extract(DocInput("t", lead + " " + text, lang, dt.date(2025, 4, 13)))
    assert [c.same_as is None for c in cands] == [True, False]
    assert cands[0].participants == [] and cands[1].rule == "rules:anaphor"
    assert [(p.actor_id, p.side) for p in cands[1].participants] == [("person:abbas-araghchi", "IRN"), ("person:steve-witkoff", "USA")]
    assert cands[1].quote == text
    # not when the sentence after names another state (its persons may act elsewhere), or reports nothing that happened
    for after in ("وكان عباس عراقجي على رأس الوفد الإيراني إلى موسكو في روسيا الشهر الماضي.",
                  "ولن يكون عباس عراقجي على رأس الفريق الإيراني في الجولة المقبلة."):
        if lang == "ar":
            assert len(ex.extract(DocInput("t", lead + " " + after, lang, dt.date(2025, 4, 13)))) == 1, after


@pytest.mark.parametrize(
    "text, lang",
    [
        ("دونالد ترامپ دوشنبه گذشته در دیدار با نخست‌وزیر رژیم صهیونیستی در کاخ سفید از برگزاری این نشست خبر داده و گفته بود ایران «در خطر بزرگی» خواهد بود.", "fa"),
        ("اجتمع عراقجي يوم الاثنين 7 نيسان 2025 مع وزير الخارجية العماني في مسقط وبحثا المحادثات مع الولايات المتحدة.", "ar"),
    ],
)
def test_with_a_third_states_title_holder_is_that_states_contact(ex, text, lang):
    # 'with' then two title words before the state («با نخست‌وزیر …», «مع وزير الخارجية …»): the other party is that state
    assert none_in(ex, text, lang, "2025-04-13")


@pytest.mark.parametrize(
    "text, lang, pub",
    [
        # 'a chance to conclude a deal' (the aim, a deal still to be reached)
        ("14:00 – ترامب على منصته: أعطيت إيران فرصة تلو الأخرى لعقد اتفاق، وما زال أمامها وقت.", "ar", "2025-06-13"),
        # 'no date announced for any new round'
        ("ولم يُعلن حتى الآن أي موعد لجولة جديدة بين إيران والولايات المتحدة، فيما يلوّح الأوروبيون بإعادة العقوبات قبل نهاية آب/أغسطس.", "ar", "2025-07-12"),
        # 'sitting at the negotiating table' as an idea, not a sitting
        ("خبرهای کوتاه | شنبه ۲۴ خرداد ۱۴۰۴\n\n۰۹:۱۵ – سخنگوی وزارت امور خارجه گفت در شرایطی که حملات ادامه دارد، نشستن پشت میز گفت‌وگو با آمریکا «معنایی ندارد».", "fa", "2025-06-14"),
        ("الجلوس إلى طاولة المفاوضات مع واشنطن يوم السبت 14 حزيران 2025 بات صعباً على إيران.", "ar", "2025-06-14"),
    ],
)
def test_a_deal_to_conclude_a_round_not_scheduled_and_the_table_as_an_idea_are_no_contacts(ex, text, lang, pub):
    assert none_in(ex, text, lang, pub)


def test_a_ceasefire_proposal_carried_in_a_call_with_a_sides_officials_is_a_message(ex):
    c = one(ex, "شامگاه دوشنبه ۲ تیر ۱۴۰۴، شیخ محمد بن عبدالرحمن آل ثانی، نخست‌وزیر و وزیر خارجه قطر، پیشنهاد آتش‌بس دونالد ترامپ را در تماس تلفنی با مقام‌های ایرانی به تهران منتقل کرد.", "fa", "2025-06-24")
    assert (c.event_type, c.date_start, sorted(c.parties)) == ("message_exchange", dt.date(2025, 6, 23), ["IRN", "USA"])
    assert ("QAT", "message_carrier") in [(m.actor_id, m.mediation_role) for m in c.mediators]
    # a call with no one of the other side on the line names that side only as its subject
    assert none_in(ex, "وبحث أمير قطر يوم الاثنين 23 حزيران 2025 في اتصال هاتفي مع الرئيس الأمريكي دونالد ترامب التطورات في إيران.", "ar", "2025-06-24")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("۲۲:۳۵ – خبرگزاری‌ها به نقل از یک مقام آمریکایی گزارش دادند ایران روز دوشنبه ۲ تیر ۱۴۰۴ پیش از حمله به واشنگتن اطلاع داده بود.", "fa"),
        ("وأبلغت إيران الولايات المتحدة مسبقاً يوم الاثنين 23 حزيران 2025 بموعد الضربة، بحسب مسؤول أمريكي.", "ar"),
    ],
)
def test_a_side_informing_the_other_is_a_message_with_or_without_a_route(ex, text, lang):
    c = one(ex, text, lang, "2025-06-24")
    assert (c.event_type, c.date_start, sorted(c.parties)) == ("message_exchange", dt.date(2025, 6, 23), ["IRN", "USA"])
    # not a side informing a third state, nor one telling reporters
    assert none_in(ex, "وأبلغت إيران قطر يوم الاثنين 23 حزيران 2025 بموعد الضربة على قاعدة العديد الأمريكية.", lang="ar", pub="2025-06-24")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("أرسلت طهران ردها الرسمي إلى واشنطن عبر سلطنة عُمان يوم 28 آذار/مارس 2025.", "ar"),
        ("ایران روز ۸ فروردین ۱۴۰۴ پاسخ رسمی خود را از طریق عمان به آمریکا تحویل داد.", "fa"),
    ],
)
def test_a_sides_official_reply_handed_over_is_a_message(ex, text, lang):
    # the side named between the verb and its reply («أرسلت طهران ردها»): read as a proposal handed over
    c = one(ex, text, lang, "2025-04-05")
    assert (c.event_type, c.date_start, sorted(c.parties)) == ("message_exchange", dt.date(2025, 3, 28), ["IRN", "USA"])
    assert [(m.actor_id, m.mediation_role) for m in c.mediators] == [("OMN", "message_carrier")]


def test_a_round_a_mediator_had_planned_is_no_round(ex):
    text = ("نخستین دور گفت‌وگوهای غیرمستقیم ایران و آمریکا روز ۲۳ فروردین ۱۴۰۴ در مسقط برگزار شد.\n\n"
            "حمله اسرائیل در خرداد، دور ششمی را که البوسعیدی برای آن برنامه‌ریزی کرده بود، از میان برد.")
    assert [c.date_start for c in events_of(ex, text, "fa", "2025-10-05")] == [dt.date(2025, 4, 12)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("اختُتمت في مسقط أمس السبت أول جولة من المحادثات بين عباس عراقجي وستيف ويتكوف منذ عودة الرئيس دونالد ترامب إلى البيت الأبيض.", "ar"),
        ("مذاکرات عراقچی و ویتکاف روز شنبه ۲۳ فروردین ۱۴۰۴ در مسقط، نخستین گفت‌وگو از زمان بازگشت دونالد ترامپ به کاخ سفید بود.", "fa"),
    ],
)
def test_a_person_named_for_his_return_era_or_government_is_no_participant(ex, text, lang):
    c = one(ex, text, lang, "2025-04-13")
    assert [p.actor_id for p in c.participants] == ["person:abbas-araghchi", "person:steve-witkoff"]


def test_a_person_named_for_his_killing_is_no_participant(ex):
    c = one(ex, "والتقى ظريف وبومبيو في نيويورك يوم 5 كانون الثاني 2020 بعد يومين من اغتيال قاسم سليماني.", "ar", "2020-01-10")
    assert "person:qasem-soleimani" not in [p.actor_id for p in c.participants]


def test_a_pair_with_a_third_party_is_read_the_same_with_harakat(ex):
    # the pair's distance to the contact word is counted in the view's letters: marks a source adds do not lengthen it
    text = ("وقبل ذلك بأسابيع كان البوسعيدي يدير ملفاً آخر: التفاهم الذي أعلنته مسقط في السادس من أيار/مايو بين واشنطن "
            "وجماعة الحوثيين لوقف الهجمات المتبادلة في البحر الأحمر، وهو ملف منفصل لا علاقة لطهران المعلنة به.")
    marked = re.sub(r"(?<![\w\u064b-\u0652])(\w)(?=\w{3})", lambda m: m.group(1) + ("\u064f" if ord(m.group(1)) % 3 == 0 else ""), text)
    assert marked != text
    assert none_in(ex, text, "ar", "2025-06-03") and none_in(ex, marked, "ar", "2025-06-03")


def test_the_sides_people_a_further_mention_names_are_participants_but_not_a_president_quoted(ex):
    text = ("اختُتمت في العاصمة العُمانية أمس السبت أول جولة من المحادثات بين إيران والولايات المتحدة. "
            "وجلس وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي الخاص ستيف ويتكوف في قاعتين منفصلتين خلال هذه المحادثات. "
            "وقال الرئيس الأمريكي دونالد ترامب إن هذه المحادثات كانت جيدة جداً.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2025, 4, 13)))
    assert [c.rule for c in cands] == ["rules:talks", "rules:anaphor", "rules:anaphor"]
    assert [[p.actor_id for p in c.participants] for c in cands] == [[], ["person:abbas-araghchi", "person:steve-witkoff"], []]


@pytest.mark.parametrize(
    "text, pub, want",
    [
        ("التقى صادق طباطبائي، قريب الخميني، بنائب وزير الخارجية الأمريكي وارن كريستوفر في بون يوم 16 أيلول 1980.", "1981-02-01",
         ["person:sadegh-tabatabai", "person:warren-christopher"]),
        ("التقى عراقجي وويتكوف في مسقط يوم السبت 12 نيسان 2025، في أول لقاء من نوعه منذ تولي الرئيس دونالد ترامب السلطة.", "2025-04-13",
         ["person:abbas-araghchi", "person:steve-witkoff"]),
    ],
)
def test_a_person_named_as_a_relative_or_for_taking_office_is_no_participant(ex, text, pub, want):
    assert [p.actor_id for p in one(ex, text, "ar", pub).participants] == want


@pytest.mark.parametrize(
    "text, lang, pub",
    [
        ("استؤنفت أمس الخميس في العاصمة النمساوية فيينا الجولة السابعة من المحادثات الرامية إلى رفع العقوبات عن إيران، بعد توقف دام نحو أسبوع.",
         "ar", "2021-12-10"),
        ("نخستین دور گفت‌وگوهای وین برای بازگشت آمریکا به برجام از سه‌شنبه ۱۷ فروردین آغاز شد و دیروز به پایان رسید.", "fa", "2021-04-10"),
    ],
)
def test_talks_named_by_their_aim_of_reviving_the_deal_are_the_sides_talks(ex, text, lang, pub):
    c = one(ex, text, lang, pub)
    assert (c.event_type, set(c.parties), c.location_country) == ("talks", {"IRN", "USA"}, "AUT")


def test_talks_on_reviving_the_deal_with_another_state_at_the_table_are_not_the_sides(ex):
    # the E3's talks with Iran: the aim alone does not bring in the United States
    text = "عقدت إيران وبريطانيا وفرنسا وألمانيا أمس الاثنين في جنيف محادثات بشأن إحياء الاتفاق النووي."
    assert none_in(ex, text, "ar", "2021-02-09")


@pytest.mark.parametrize(
    "text, pub",
    [
        # a visit not announced is a secret one, not a negated one
        ("حمل الوزير العُماني يوسف بن علوي إلى طهران، في زيارة لم يُعلن عنها مساء السبت 19 تشرين الثاني/نوفمبر، رسالة من وزير الخارجية "
         "الأمريكي جون كيري إلى نظيره الإيراني محمد جواد ظريف.", "2016-11-21"),
        # a source not named is a source, not a negation of the contact
        ("ونقل الموقع عن مصدر دبلوماسي واحد لم يسمّه أن بن علوي سلّم الرسالة الأمريكية إلى ظريف في طهران مساء السبت 19 تشرين الثاني/نوفمبر.",
         "2016-11-21"),
    ],
)
def test_a_contact_not_announced_or_from_a_source_not_named_is_not_negated(ex, text, pub):
    assert kinds(ex, text, "ar", pub) in (["visit"], ["message_exchange"])


def test_a_chronology_entry_in_the_historic_present_with_no_publication_date(ex):
    text = "16 كانون الثاني/يناير 2016 – يوم التنفيذ: الوكالة الدولية للطاقة الذرية تؤكد التزام إيران، وكيري يلتقي ظريف في فيينا."
    c = one(ex, text, "ar", None)
    assert (c.event_type, c.date_start, c.location_city) == ("meeting", dt.date(2016, 1, 16), "Vienna")


@pytest.mark.parametrize(
    "text, lang, pub",
    [
        ("قبل يومين، يوم الثلاثاء، وصف ترامب الاتفاق من على منبر الجمعية العامة بأنه من أسوأ الصفقات، وردّ الرئيس حسن روحاني أمس من المنبر نفسه.",
         "ar", "2017-09-21"),
        ("۰۱:۴۵ – حسن روحانی، رئیس‌جمهور ایران، در پیامی تلویزیونی گفت برجام توافقی بین‌المللی است و آمریکا نمی‌تواند آن را به‌تنهایی لغو کند.",
         "fa", "2017-10-14"),
        ("18 تشرين الأول/أكتوبر 2015 – يوم الاعتماد: يدخل الاتفاق حيز النفاذ رسمياً، وتبدأ إيران تفكيك أجهزة الطرد المركزي، وتصدر الولايات "
         "المتحدة إعفاءات مشروطة.", "ar", None),
    ],
)
def test_a_deal_described_or_entering_into_force_is_no_deal_made(ex, text, lang, pub):
    assert none_in(ex, text, lang, pub)


@pytest.mark.parametrize(
    "text, lang, pub",
    [
        ("رئيس شركة إيران للطيران ومسؤول في شركة بوينغ الأمريكية يتصافحان بعد توقيع عقد لشراء 80 طائرة في طهران أمس الأحد.", "ar", "2016-12-12"),
        ("هیئتی از شرکت بوئینگ آمریکا دیروز برای مذاکره درباره فروش هواپیما با مقام‌های ایرانی وارد تهران شد.", "fa", "2016-12-12"),
    ],
)
def test_a_state_named_in_or_after_a_company_name_is_no_side(ex, text, lang, pub):
    assert none_in(ex, text, lang, pub)


def test_boats_entering_a_states_waters_is_no_visit(ex):
    text = "22 دی 1394 (12 ژانویه 2016) – نیروی دریایی سپاه ده ملوان آمریکایی را که با دو قایق وارد آب‌های ایران شده بودند بازداشت کرد."
    assert none_in(ex, text, "fa", "2016-01-20")


def test_the_two_ministers_sat_is_a_meeting(ex):
    c = one(ex, "ويوم السبت 16 كانون الثاني/يناير 2016 جلس الوزيران الأمريكي والإيراني ساعات في فندق بفيينا قبل إعلان بدء تنفيذ الاتفاق.",
            "ar", "2017-01-19")
    assert (c.event_type, c.date_start, c.location_city, set(c.parties)) == ("meeting", dt.date(2016, 1, 16), "Vienna", {"IRN", "USA"})


def test_a_meeting_with_bankers_is_not_the_sides(ex):
    text = ("وحاول وزير الخارجية الأمريكي جون كيري طمأنة المصارف، فالتقى مصرفيين أوروبيين في لندن في أيار/مايو الماضي، وقال لهم إن التعامل "
            "المشروع مع إيران مسموح.")
    assert none_in(ex, text, "ar", "2017-01-15")


def test_where_the_freed_arrived_after_is_not_where_they_were_freed(ex):
    text = ("وصل ثلاثة من الأمريكيين الذين أفرجت عنهم إيران إلى ألمانيا ليل أمس، بعد رحلة بدأت في طهران.\n\n"
            "وكانت طائرة سويسرية قد أقلعت من مطار مهرآباد في طهران صباح أمس الأحد وعلى متنها الصحفي الأمريكي جيسون رضائيان.")
    cands = ex.extract(DocInput("t", text, "ar", dt.date(2016, 1, 18)))
    from pipeline.golden import _events

    assert "DEU" not in {c.location_country for c in cands}
    assert len(_events(cands)) == 1  # the two mentions of the one release


def test_talks_in_the_months_leading_up_to_a_deal_do_not_take_its_day(ex):
    text = ("اوج این کارنامه، توافقی است که در ۲۳ تیر ۱۳۹۴ در وین میان ایران و آمریکا و دیگر اعضای ۱+۵ امضا شد. "
            "ظریف و جان کری، وزیر امور خارجه وقت آمریکا، در ماه‌های منتهی به آن، ساعت‌های طولانی در ژنو، لوزان و وین با هم گفت‌وگو کردند.")
    assert kinds(ex, text, "fa", "2017-09-25") == ["agreement"]


def test_the_two_governments_are_the_sides_named_before(ex):
    from pipeline.golden import _events

    text = ("این پول از کجا آمد؟\nریشه ماجرا به پیش از انقلاب بازمی‌گردد. دولت وقت ایران برای خرید تجهیزات نظامی پولی را در یک صندوق "
            "امانی در آمریکا واریز کرده بود که پس از انقلاب نه تجهیزات تحویل شد و نه پول بازگشت. ایران برای بازپس‌گیری آن به دیوان داوری "
            "لاهه شکایت کرده بود.\n\nاین پرونده چگونه بسته شد؟\nباراک اوباما روز یکشنبه ۲۷ دی ۱۳۹۴ اعلام کرد دو دولت بر سر این دعوا به "
            "توافق رسیده‌اند: بازپرداخت ۴۰۰ میلیون دلار اصل پول به همراه حدود یک میلیارد و ۳۰۰ میلیون دلار بهره. او گفت این توافق برای "
            "مالیات‌دهندگان آمریکایی از ادامه دعوا در لاهه ارزان‌تر است.")
    c = _events(ex.extract(DocInput("t", text, "fa", dt.date(2016, 8, 6))))
    assert len(c) == 1
    c = ex.extract(DocInput("t", text, "fa", dt.date(2016, 8, 6)))[0]
    assert (c.event_type, c.date_start, set(c.parties)) == ("agreement", dt.date(2016, 1, 17), {"IRN", "USA"})


def test_after_glued_to_and_reads_the_same_with_harakat(ex):
    # «وُبعد» is «وبعد», one word: a mark after the conjunction does not make 'after' a word of its own
    text = ("14 تموز/يوليو 2015 – في فيينا، وبعد مفاوضات مباشرة بين إيران ومجموعة 5+1، يُعلن التوصل إلى خطة العمل الشاملة المشتركة "
            "بعد جولة أخيرة استمرت أكثر من أسبوعين.")
    marked = text.replace("وبعد", "وُبعد")
    assert kinds(ex, marked, "ar", None) == kinds(ex, text, "ar", None) != []


@pytest.mark.parametrize(
    "text, lang, pub",
    [
        ("وأمس السبت خرج الباحث الأمريكي شيوي وانغ إلى الحرية، ففي مطار زيورخ جرى تبادله بالعالم الإيراني مسعود سليماني بوساطة سويسرية.",
         "ar", "2019-12-08"),
        ("17 كانون الثاني/يناير 2016 – طائرة سويسرية تقلع من طهران إلى جنيف وعلى متنها ثلاثة أمريكيين أطلقتهم إيران في عملية تبادل "
         "عفت واشنطن بموجبها عن سبعة إيرانيين.", "ar", None),
    ],
)
def test_a_person_exchanged_or_released_named_by_a_pronoun_is_a_release(ex, text, lang, pub):
    assert kinds(ex, text, lang, pub) == ["prisoner_release"]


def test_messages_that_were_carried_through_a_third_party_make_it_the_carrier(ex):
    # «پیام‌ها از طریق … منتقل می‌شد» ('the messages were carried through …'), the passive of «منتقل می‌کرد»: the
    # organisation named after 'through' carried them, not the venue's state
    text = ("دور دوم گفت‌وگوهای غیرمستقیم ایران و آمریکا روز ۲۶ فروردین ۱۴۰۰ در وین برگزار شد و پیشنهادها از طریق دیپلمات‌های "
            "اتحادیه اروپا میان دو هیئت منتقل می‌شد.")
    c = one(ex, text, "fa", "2021-04-20")
    assert [(m.actor_id, m.mediation_role) for m in c.mediators] == [("org:eu", "message_carrier")]


def test_an_organisation_named_after_through_mediates_indirect_talks(ex):
    # «عبر دبلوماسيي الاتحاد الأوروبي»: the organisation the indirect talks went through is a go-between
    text = "عقدت إيران والولايات المتحدة جولة محادثات غير مباشرة في فيينا يوم 15 نيسان/أبريل 2021، وجرى تبادل المقترحات عبر دبلوماسيي الاتحاد الأوروبي."
    c = one(ex, text, "ar", "2021-04-20")
    assert [m.actor_id for m in c.mediators] == ["org:eu"]


@pytest.mark.parametrize(
    "text, lang, pub",
    [
        ("بلا شك كانت أهم محطة الرسالة التي نقلها السفير السويسري من طهران إلى واشنطن في 4 أيار/مايو 2003.", "ar", "2024-02-10"),
        ("تردیدی نیست پیامی که سفیر سوئیس روز ۱۴ اردیبهشت ۱۳۸۲ از تهران به واشنگتن برد مهم‌ترین پیام آن سال‌ها بود.", "fa", "2024-02-10"),
    ],
)
def test_no_doubt_is_no_negation(ex, text, lang, pub):
    # «بلا شك», «شکی نیست که»: 'no doubt', an affirmation; the negation word in it does not negate the contact
    assert kinds(ex, text, lang, pub) == ["message_exchange"]


def test_a_fax_named_by_its_persian_word_is_a_message(ex):
    # «دورنگار», the Persian word for a fax, like «نمابر» and «فکس»
    text = "سفیر سوئیس روز ۱۴ اردیبهشت ۱۳۸۲ متن پیشنهاد ایران را با دورنگار به وزارت خارجه آمریکا فرستاد."
    assert kinds(ex, text, "fa", "2024-02-10") == ["message_exchange"]


def test_a_plan_for_talks_is_no_talks(ex):
    # «طرحی برای گفت‌وگوی جامع»: talks a plan was for are not talks held, though the sentence before dates a contact
    text = ("سفیر سوئیس روز ۱۴ اردیبهشت ۱۳۸۲ متن پیشنهاد ایران را به وزارت خارجه آمریکا رساند. این متن طرحی برای گفت‌وگوی "
            "جامع میان تهران و واشنگتن بود.")
    assert kinds(ex, text, "fa", "2024-02-10") == ["message_exchange"]


def test_for_decades_is_no_dated_contact_in_a_stamped_entry(ex):
    # «لعقود» ('for decades'): a role held for decades is an undated generality, not a contact on the live blog's day
    text = "10:40 – دبلوماسيون: أدت سويسرا لعقود دور ناقل الرسائل بين طهران وواشنطن."
    assert none_in(ex, text, "ar", "2020-01-11")


@pytest.mark.parametrize(
    "text, lang, pub",
    [
        ("وفي 3 آب/أغسطس 2009 زار السلطان طهران، وسرت تكهنات يومها عن رسائل أمريكية حملها معه.", "ar", "2020-01-11"),
        ("سلطان عمان روز ۱۲ مرداد ۱۳۸۸ به تهران سفر کرد و گمانه‌زنی‌ها درباره پیامی از واشنگتن بالا گرفت.", "fa", "2020-01-11"),
    ],
)
def test_messages_only_speculated_about_are_no_contact(ex, text, lang, pub):
    # «تكهنات عن رسائل», «گمانه‌زنی‌ها درباره پیامی»: the press guessed at messages; no one claimed them (held-out README:
    # speculation is not a claim), and the trip is the visitor's own
    assert none_in(ex, text, lang, pub)


def test_a_plane_arriving_with_the_freed_is_their_release(ex):
    # «وصلت الى المطار … طائرة … تقل … افرجت عنهم»: the arrival of the freed is the release, not a visit
    text = ("وصلت إلى مطار زيورخ مساء أمس الأحد طائرة سويسرية تقل باحثاً أمريكياً أفرجت عنه السلطات الإيرانية في إطار عملية "
            "تبادل أطلقت بموجبها الولايات المتحدة عالماً إيرانياً.")
    assert kinds(ex, text, "ar", "2019-12-09") == ["prisoner_release"]


def test_a_release_headline_naming_the_freed_is_a_mention_of_the_release(ex):
    # the headline names only the freed, one side's people; the release the lead dates is the one it speaks of
    # (on a page as scraped: a menu line, the headline, then the lead)
    text = ("الرئيسية | اخبار | عربي ودولي\n\nعودة ثلاثة امريكيين الى بلادهم بعد الافراج عنهم في صفقة تبادل\n\n"
            "وصلت الى مطار جنيف مساء امس الاحد طائرة سويسرية تقل ثلاثة امريكيين افرجت عنهم السلطات الايرانية في اطار عملية "
            "تبادل اطلقت بموجبها الولايات المتحدة سبعة ايرانيين.")
    evs = ex.extract(DocInput("t", text, "ar", dt.date(2016, 1, 18)))
    assert [c.event_type for c in evs if c.same_as is None] == ["prisoner_release"]
    head = text.index("عودة")
    assert any(c.char_start == head for c in evs)


def test_the_day_before_had_said_is_the_statements_even_with_a_present_verb_said_next(ex):
    # «ترامپ هفته گذشته گفته بود نامه‌ای … فرستاده و نوشته است ترجیح می‌دهد …»: the day is the saying's; the present
    # tense of what he wrote next is another clause, not a contact still going on
    text = "ترامپ روز پنجشنبه گذشته گفته بود نامه‌ای به رهبر ایران فرستاده و نوشته است ترجیح می‌دهد با تهران به توافق برسد."
    assert none_in(ex, text, "fa", "2025-03-13")


def test_a_photo_printed_today_does_not_date_the_contact_in_it(ex):
    # «روزنامه‌ها امروز عکس او را در میان دو هیئت … چاپ کردند»: the day the papers printed the photo is theirs
    text = "روزنامه‌های عمانی امروز عکس وزیر خارجه را در میان دو هیئت ایران و آمریکا در صفحه نخست چاپ کردند."
    assert none_in(ex, text, "fa", "2025-04-13")


def test_the_third_states_official_carries_the_messages_not_the_venues_state(ex):
    # the Omani minister named at a venue in Italy shuttles with the proposals: Oman carries them, not Italy
    text = ("أعلن وزير الخارجية العُماني بدر البوسعيدي في روما يوم الجمعة 23 أيار/مايو 2025 انتهاء الجولة الخامسة من المحادثات "
            "غير المباشرة بين إيران والولايات المتحدة، بعد ساعات تنقّل خلالها بين الوفدين حاملاً المقترحات والملاحظات.")
    c = one(ex, text, "ar", "2025-05-25")
    meds = {(m.actor_id, m.mediation_role) for m in c.mediators}
    assert ("OMN", "message_carrier") in meds and not any(a == "ITA" for a, _ in meds)


@pytest.mark.parametrize(
    "text, lang, city",
    [
        ("عقدت إيران والولايات المتحدة جولة محادثات غير مباشرة في العاصمة الإيطالية يوم السبت 19 نيسان/أبريل 2025 بوساطة عُمانية.", "ar", "Rome"),
        ("دور دوم گفت‌وگوهای غیرمستقیم ایران و آمریکا روز شنبه ۳۰ فروردین ۱۴۰۴ با میانجیگری عمان در پایتخت ایتالیا برگزار شد.", "fa", "Rome"),
    ],
)
def test_the_capital_named_by_its_countrys_adjective_is_the_city(ex, text, lang, city):
    # «العاصمة الإيطالية», «پایتخت ایتالیا»: Rome, the venue, not Italy as a third state
    c = one(ex, text, lang, "2025-04-21")
    assert c.location_city == city and "ITA" not in {m.actor_id for m in c.mediators}


def test_the_sultanate_is_oman(ex):
    # «السلطنة», as the Omani press calls Oman
    text = "استضافت سفارة السلطنة في روما يوم السبت 19 نيسان/أبريل 2025 جولة المحادثات غير المباشرة الثانية بين إيران والولايات المتحدة."
    c = one(ex, text, "ar", "2025-04-21")
    assert "OMN" in {m.actor_id for m in c.mediators}


def test_the_sides_people_named_again_with_the_host_state_are_the_contacts_participants(ex):
    # two sentences after the talks, the two ambassadors and Iraq, the talks' host, as their subject: the same contact
    text = ("گفت‌وگوی سفیران ایران و آمریکا روز دوشنبه ۷ خرداد ۱۳۸۶ با میزبانی دولت عراق در بغداد برگزار شد. نخست‌وزیر عراق "
            "جلسه را با سخنانی کوتاه آغاز کرد و سپس آنجا را ترک کرد. حسن کاظمی قمی و رایان کراکر حدود چهار ساعت درباره وضعیت "
            "امنیتی عراق گفت‌وگو کردند.")
    evs = ex.extract(DocInput("t", text, "fa", dt.date(2007, 5, 29)))
    assert len([c for c in evs if c.same_as is None]) == 1
    assert {"person:hassan-kazemi-qomi", "person:ryan-crocker"} <= {p.actor_id for c in evs for p in c.participants}


def test_a_contact_named_again_after_a_further_mention_of_it(ex):
    # the lead's contact, then its dated mention, then (two sentences on, undated) the sides' people talking: the same
    # contact again
    text = ("گزارش جلسه علنی مجلس\n\nجلسه علنی مجلس بیش از هر چیز تحت تأثیر خبر دیدار سفیران ایران و آمریکا در بغداد بود.\n\n"
            "گفت‌وگوی سفیران ایران و آمریکا دیروز دوشنبه ۷ خرداد ۱۳۸۶ در بغداد برگزار شد. نخست‌وزیر عراق جلسه را با سخنانی "
            "کوتاه آغاز کرد و سپس آنجا را ترک کرد. حسن کاظمی قمی و رایان کراکر حدود چهار ساعت گفت‌وگو کردند.")
    evs = ex.extract(DocInput("t", text, "fa", dt.date(2007, 5, 29)))
    assert {"person:hassan-kazemi-qomi", "person:ryan-crocker"} <= {p.actor_id for c in evs for p in c.participants}


def test_the_sides_people_after_a_semicolon_are_the_contacts_participants(ex):
    # «… امضا شد؛ وارن کریستوفر … در الجزیره و بهزاد نبوی … در تهران»: the rest of the sentence names who signed
    text = ("بیانیه‌های الجزایر روز ۲۹ دی ۱۳۵۹ میان ایران و آمریکا امضا شد؛ امضاکنندگان وارن کریستوفر در الجزیره و بهزاد نبوی "
            "در تهران بودند.")
    evs = ex.extract(DocInput("t", text, "fa", dt.date(2021, 1, 19)))
    assert [c.event_type for c in evs if c.same_as is None] == ["agreement"]
    assert {"person:warren-christopher", "person:behzad-nabavi"} <= {p.actor_id for c in evs for p in c.participants}


def test_a_standing_role_for_years_is_not_dated_by_another_clause(ex):
    # «تنقل … الرسائل بين طهران وواشنطن منذ سنوات طويلة، لكنها … كما في تبادل … في أيار/مايو 2023»: the date is the other clause's
    text = ("تنقل سويسرا الرسائل بين طهران وواشنطن منذ سنوات طويلة، لكنها في الوقت نفسه ترعى ملفات أخرى، كما في تبادل السجناء بين "
            "روسيا وأوكرانيا في أيار/مايو 2023.")
    assert none_in(ex, text, "ar", None)


def test_a_contact_that_ended_after_days_that_began_on_a_day_is_one(ex):
    # «اختُتمت … أمس الأربعاء المحادثات …، بعد يومين من الاتصالات بدأت يوم الثلاثاء»: one contact, not two
    text = ("اختُتمت في الدوحة مساء أمس الأربعاء المحادثات غير المباشرة بين إيران والولايات المتحدة، بعد يومين من الاتصالات بدأت "
            "يوم الثلاثاء في أحد فنادق المدينة.")
    assert len(events_of(ex, text, "ar", "2022-06-30")) == 1


def test_a_proposal_handed_over_in_the_present_of_a_chronology_is_a_message(ex):
    # «… يزور العاصمة الإيرانية ويسلّم عراقجي مقترحاً أمريكياً مكتوباً»: the Omani minister carries the US proposal
    text = "31 أيار/مايو 2025 – طهران: البوسعيدي يزور العاصمة الإيرانية ويسلّم عراقجي مقترحاً أمريكياً مكتوباً لاتفاق نووي."
    c = one(ex, text, "ar", "2025-06-02")
    assert set(c.parties) == {"IRN", "USA"} and "OMN" in {m.actor_id for m in c.mediators}


def test_talks_said_to_make_no_sense_are_no_contact(ex):
    # «مذاکره با آمریکا زیر فشار حداکثری معنا ندارد»: a judgement of negotiating, on the live blog's day, is no contact
    text = "۱۳:۱۵ | تهران: سخنگوی وزارت امور خارجه گفت مذاکره با آمریکا زیر «فشار حداکثری» معنا ندارد."
    assert none_in(ex, text, "fa", "2025-02-18")


def test_persian_sat_is_a_meeting_when_the_two_sides_people_sat(ex):
    # «سفیر آمریکا، رایان کراکر، و سفیر ایران، حسن کاظمی قمی، در دفتر نوری المالکی نشستند»: the two sides' people sat
    # together; 'sat in two separate rooms' names no meeting
    text = "روز دوشنبه ۷ خرداد ۱۳۸۶ سفیر آمریکا، رایان کراکر، و سفیر ایران، حسن کاظمی قمی، در دفتر نوری المالکی در بغداد نشستند."
    assert kinds(ex, text, "fa", "2007-05-29") == ["meeting"]
    apart = "روز دوشنبه ۷ خرداد ۱۳۸۶ سفیر آمریکا، رایان کراکر، و سفیر ایران، حسن کاظمی قمی، در دو اتاق جدا نشستند."
    assert none_in(ex, apart, "fa", "2007-05-29")


def test_the_two_ambassadors_are_those_of_the_last_contact_that_named_them(ex):
    # 'the same two ambassadors sat again' in a later paragraph: the sides named with the first meeting, not with the
    # sentence in between that names none
    text = ("گفت‌وگو با یک دیپلمات بازنشسته عراقی\n\nاو در سال‌های ۲۰۲۱ و ۲۰۲۲ عضو تیم عراقی بود که گفت‌وگوهای ایران و عربستان را "
            "در بغداد سازمان داد.\n\nاز قدیمی‌تر شروع کنیم.\n"
            "روز دوشنبه ۷ خرداد ۱۳۸۶ سفیر آمریکا، رایان کراکر، و سفیر ایران، حسن کاظمی قمی، در دفتر نوری المالکی در بغداد نشستند. "
            "دو سفیر حدود چهار ساعت درباره امنیت عراق گفت‌وگو کردند.\n\nو دور دوم؟\n\n"
            "روز سه‌شنبه ۲ مرداد همان سال، باز هم در بغداد و به میزبانی دولت عراق، همان دو سفیر دوباره نشستند.")
    evs = events_of(ex, text, "fa", "2008-01-01")
    assert [(c.event_type, c.date_start, set(c.parties)) for c in evs][-1][1:] == (dt.date(2007, 7, 24), {"IRN", "USA"})


def test_their_release_in_a_dateless_sentence_is_the_release_just_reported(ex):
    # «وجاء الإفراج عنهم في صفقة تبادل …» a paragraph after the release of the named (no date to take from context):
    # the same release, one more mention of it
    text = ("أفرجت إيران صباح أمس الأحد عن ثلاثة سجناء أمريكيين غادروا طهران على متن طائرة سويسرية.\n\n"
            "وجاء الإفراج عنهم في صفقة تبادل تفاوض عليها البلدان بمساعدة سويسرية.")
    doc = DocInput("t", text, "ar", dt.date(2016, 1, 18))
    second = text.index("وجاء")
    assert any(d.kept and d.char_start >= second for d in ex.explain(doc))
    assert len(events_of(ex, text, "ar", "2016-01-18")) == 1


def test_a_later_sentence_of_a_stamped_entry_is_on_the_blogs_day(ex):
    # «۱۳:۴۰ | … . هم‌زمان، … پنج ایرانی … آزاد شدند»: the second sentence of an entry stamped with a time of day
    text = ("پوشش زنده\n\n۱۳:۴۰ | خبرنگاران از صبح در فرودگاه مهرآباد منتظر بودند. "
            "هم‌زمان، پنج ایرانی که در آمریکا زندانی بودند آزاد شدند.")
    c = one(ex, text, "fa", "2023-09-18")
    assert c.event_type == "prisoner_release" and c.date_start == dt.date(2023, 9, 18)


def test_the_exchange_was_done_is_a_release(ex):
    # «تبادل انجام شد» (the exchange was done) is a release word in Persian, as «مبادله شد» is
    text = "۱۳:۴۰ | تبادل انجام شد: هواپیمای قطری حامل پنج زندانی آمریکایی تهران را به مقصد دوحه ترک کرد."
    assert kinds(ex, text, "fa", "2023-09-18") == ["prisoner_release"]


def test_names_not_announced_do_not_make_a_contact_secret(ex):
    # «دو زندانی دیگر که نامشان اعلام نشده»: the names were kept back, not the exchange
    text = ("۱۳:۴۰ | تبادل زندانیان میان ایران و آمریکا انجام شد: هواپیمای قطری حامل سیامک نمازی و دو زندانی دیگر که نامشان "
            "اعلام نشده، تهران را ترک کرد.")
    assert one(ex, text, "fa", "2023-09-18").secrecy != "secret"
    hidden = "روز دوشنبه ۲۷ شهریور ۱۴۰۲ تبادل زندانیان میان ایران و آمریکا به صورت اعلام نشده انجام شد."
    assert one(ex, hidden, "fa", "2023-09-20").secrecy == "secret"


def test_the_same_sides_releases_on_one_day_are_one_exchange_whatever_the_places():
    # the freed flown to Doha and the five held in the United States, on one day: one exchange, not two releases
    import pandas as pd

    from pipeline.extract.base import Candidate, assemble

    d = dt.date(2023, 9, 18)
    common = dict(rule="r", confidence=0.7, event_type="prisoner_release", date_start=d, date_end=d, date_precision="day",
                  date_edtf=d.isoformat(), parties=frozenset({"IRN", "USA"}))
    flown = Candidate(doc_id="d", char_start=0, char_end=10, quote="flown", location_country="QAT", location_city="Doha", **common)
    held = Candidate(doc_id="d", char_start=20, char_end=30, quote="held", location_country="USA", **common)
    actors = pd.DataFrame({"actor_id": ["IRN", "USA", "QAT"], "name_en": ["Iran", "United States", "Qatar"]})
    assert len(assemble([flown, held], actors)["events"]) == 1
    other_day = dataclasses.replace(held, date_start=dt.date(2023, 9, 19), date_end=dt.date(2023, 9, 19), date_edtf="2023-09-19")
    assert len(assemble([flown, other_day], actors)["events"]) == 2


def test_the_deal_of_this_exchange_has_the_exchanges_sides(ex):
    # «توافق اولیه این مبادله ۱۹ مرداد … اعلام شده بود»: the deal of the exchange just reported, between its sides
    text = ("روز دوشنبه ۲۷ شهریور ۱۴۰۲ پنج زندانی آمریکایی در تبادل زندانیان میان ایران و آمریکا آزاد شدند.\n\n"
            "۱۹:۰۰ | یادآوری: توافق اولیه این مبادله ۱۹ مرداد با میانجی‌گری قطر اعلام شده بود.")
    deals = [c for c in events_of(ex, text, "fa", "2023-09-18") if c.event_type == "agreement"]
    assert [(c.date_start, set(c.parties)) for c in deals] == [(dt.date(2023, 8, 10), {"IRN", "USA"})]


def test_before_that_in_an_aside_on_someone_else_does_not_move_the_contact(ex):
    # «… در تبادلی که با میانجیگری سوئیس انجام شد آزاد شدند و نام برادرش، که چند ماه پیش از آن بازداشت شده بود، در
    # فهرست نبود»: 'a few months before that' is the brother's arrest, in an aside; the exchange takes the day just given
    text = ("باباک می‌گوید هنوز ۲۶ دی ۱۳۹۴ را فراموش نکرده است؛ روزی که جیسون رضائیان، امیر حکمتی و دو زندانی دیگر در تبادلی "
            "که با میانجیگری سوئیس میان ایران و آمریکا انجام شد آزاد شدند و نام برادرش، که چند ماه پیش از آن بازداشت شده بود، در فهرست نبود.")
    assert [c.date_start for c in events_of(ex, text, "fa", "2023-09-20")] == [dt.date(2016, 1, 16)]


def test_an_open_letter_sent_with_a_longer_message_cue_is_no_message(ex):
    # «ووجّه رسالة مفتوحة إلى الرئيس جو بايدن»: an open letter is a statement, even with «وجّه رسالة» around its word
    text = ("بدأ رجل الأعمال الأمريكي الإيراني سياماك نمازي، المسجون في طهران، أمس الاثنين إضراباً عن الطعام، "
            "ووجّه رسالة مفتوحة إلى الرئيس جو بايدن يطالبه فيها بإعادة المحتجزين الأمريكيين في إيران.")
    assert none_in(ex, text, "ar", "2023-01-17")


def test_a_hiking_trip_and_an_airliners_flight_are_no_visits(ex):
    # «أثناء رحلة مشي في إقليم كردستان العراق», «الطائرة … تقوم برحلة من بندر عباس إلى دبي»: no visit of officials
    hike = ("وكانت محكمة إيرانية قد أصدرت في آب/أغسطس الماضي حكماً بسجن الأمريكيين بعد اعتقالهما قرب الحدود العراقية الإيرانية "
            "في تموز/يوليو 2009، أثناء رحلة مشي في إقليم كردستان العراق.")
    assert none_in(ex, hike, "ar", "2011-09-22")
    flight = ("وكانت الطائرة الإيرانية تقوم برحلة من بندر عباس إلى دبي حين أُسقطت بصاروخين أطلقتهما السفينة الحربية الأمريكية "
              "فينسنس في 3 تموز/يوليو 1988.")
    assert none_in(ex, flight, "ar", "1996-02-23")


def test_a_government_informing_its_own_legislature_is_no_message(ex):
    # «أبلغت وزارة الخارجية الأمريكية الكونغرس … بأن الوزير وقّع إعفاءً»: a notice to Congress, not to the other side
    text = ("أبلغت وزارة الخارجية الأمريكية الكونغرس أمس الاثنين بأن الوزير أنتوني بلينكن وقّع إعفاءً من العقوبات يسمح لمصارف في "
            "كوريا الجنوبية وقطر بتحويل الأموال الإيرانية المجمدة.")
    assert none_in(ex, text, "ar", "2023-09-12")


def test_the_deal_named_again_in_a_stamped_entry_is_not_concluded_at_the_stamp(ex):
    # «13:15 | … السجين الرابع المشمول بالاتفاق …»: the deal the blog already told, named with the article and no verb of
    # concluding; a stamped entry that says the deal was reached is one
    again = "13:15 | مسؤول أمريكي: السجين الرابع المشمول بالاتفاق، نصرت الله خسروي رودسري، اختار البقاء في إيران."
    assert none_in(ex, again, "ar", "2016-01-17")
    reached = "13:15 | مسؤول أمريكي: إيران والولايات المتحدة توصلتا إلى اتفاق لتبادل السجناء."
    assert kinds(ex, reached, "ar", "2016-01-17") == ["agreement"]


@pytest.mark.parametrize("text", [
    # 'boarded the Algerian plane and left Tehran for Algiers': the verb of leaving with the destination between
    "سه‌شنبه ۳۰ دی ۱۳۵۹، ۵۲ گروگان آمریکایی سوار هواپیمای الجزایری شدند و تهران را به مقصد الجزیره ترک کردند.",
    # 'went from Tehran to Zurich by the Swiss plane': the detainee flown out, no verb of leaving
    "۴ ژوئن ۲۰۲۰ (۱۵ خرداد ۱۳۹۹): مایکل وایت با هواپیمای سوئیسی از تهران به زوریخ رفت و از آنجا به آمریکا بازگشت.",
])
def test_a_persian_flight_out_with_the_freed_is_their_release(ex, text):
    assert kinds(ex, text, "fa", "2020-06-06") == ["prisoner_release"]


def test_by_the_plane_of_a_third_state_gives_way_to_the_verb_of_leaving(ex):
    # «… با هواپیمای الجزایری تهران را ترک کردند»: the release is read at the verb, not at 'the Algerian plane' (whose
    # adjective beside «تهران» would read as a pair of Algeria and Iran)
    text = "یک روز بعد، سه شنبه ۳۰ دی ۱۳۵۹، ۵۲ گروگان آمریکایی دقایقی پس از مراسم تحلیف ریگان با هواپیمای الجزایری تهران را ترک کردند."
    assert kinds(ex, text, "fa", "1981-02-01") == ["prisoner_release"]


def test_an_arabic_arrival_aboard_a_plane_after_the_release_is_the_release(ex):
    # «وصول وايت إلى زيورخ على متن طائرة سويسرية بعد الإفراج عنه»: the detainee flown out, on the entry's day
    text = "4 حزيران/يونيو 2020: وصول وايت إلى زيورخ على متن طائرة سويسرية بعد الإفراج عنه، مقابل إطلاق واشنطن سراح طبيب إيراني."
    c = one(ex, text, "ar", "2023-09-25")
    assert (c.event_type, c.date_start) == ("prisoner_release", dt.date(2020, 6, 4))


def test_a_trip_the_public_did_not_know_of_is_secret_not_negated(ex):
    # «في رحلة سرية لم يعلم بها الرأي العام إلا بعد أشهر»: not known of is secret, as «لم يُعلن عنها» is
    text = ("قبل أربعين عاماً، في مثل هذا اليوم، هبطت في مطار مهرآباد بطهران طائرة تقل روبرت ماكفرلين، مستشار الأمن القومي "
            "الأمريكي السابق، في رحلة سرية لم يعلم بها الرأي العام إلا بعد أشهر.")
    c = one(ex, text, "ar", "2026-05-25")
    assert (c.event_type, c.date_start, c.secrecy) == ("visit", dt.date(1986, 5, 25), "secret")


def test_at_that_time_takes_the_time_of_the_sentence_before(ex):
    # «یکی از مهم‌ترینش در نوامبر ۱۹۹۱ بود. در آن زمان دو دولت … به توافق رسیدند»: 'at that time' names the time just given
    text = ("– بله، چند بار. یکی از مهم‌ترینش در نوامبر ۱۹۹۱ بود. در آن زمان دولت‌های ایران و آمریکا در یکی از پرونده‌های خرید "
            "نظامی به توافق رسیدند.")
    evs = events_of(ex, text, "fa", "2024-01-01")
    assert [(c.event_type, c.date_start) for c in evs] == [("agreement", dt.date(1991, 11, 1))]


def test_a_contact_said_to_be_barred_in_the_subjunctive_is_not_held(ex):
    # «منتقدان آن روز می‌گفتند ایران نباید زندانی را با پول با آمریکا معامله کند»: 'must not trade', no deal made
    text = "دیروز منتقدان می‌گفتند ایران نباید زندانی را با پول با آمریکا معامله کند و آمریکا نباید پول بدهد."
    assert none_in(ex, text, "fa", "2026-01-17")

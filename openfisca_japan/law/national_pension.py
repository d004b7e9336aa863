"""Formula pieces shared by the National Pension (国民年金法)."""


def is_category_1(person, period):
    """Category 1 insured person (第1号被保険者, 国民年金法 第7条第1項第1号): the only category that pays the premium
    itself (第87条, 第88条) and that can be exempt from it (第88条の2, 第90条〜第90条の3)."""
    category = person("pension_insured_category", period)
    return category == category.possible_values.category_1


def pays_full_premium(person, period):
    """Category 1 insured person owing the full premium of the month (no exemption of any kind): the only ones who can
    prepay or use the early debit (一部免除の方は毎月納付のみ, 釜石市・掛川市)."""
    exemption = person("national_pension_exemption", period)
    return is_category_1(person, period) * (exemption == exemption.possible_values.none)

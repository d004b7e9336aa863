"""Employment insurance premium rates of the employer's industry class (雇用保険料率), 労働保険徴収法 第12条第4項 and
第31条, in 1/100,000 so that openfisca's float32 storage never alters a published rate."""

from openfisca_core.model_api import MONTH, Variable

from openfisca_japan.entities import Person
from openfisca_japan.law.parameter_lookup import enum_indexed
from openfisca_japan.law.rounding import to_pcm


class employment_insurance_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Employment insurance premium rate, worker and employer, per 100,000 (雇用保険料率)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_12"
    unit = "/100000"

    def formula(person, period, parameters):
        rates = parameters(period).employment_insurance.premiums
        industry = person.employer("employment_insurance_industry", period)
        return to_pcm(enum_indexed(rates.worker_rate, industry)) + to_pcm(enum_indexed(rates.employer_rate, industry))


class employment_insurance_worker_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Employment insurance rate borne by the worker, per 100,000 (雇用保険料率 労働者負担)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_31"
    unit = "/100000"

    def formula(person, period, parameters):
        rates = parameters(period).employment_insurance.premiums
        return to_pcm(enum_indexed(rates.worker_rate, person.employer("employment_insurance_industry", period)))


class employment_insurance_employer_rate_pcm(Variable):
    value_type = int
    entity = Person
    definition_period = MONTH
    label = "Employment insurance rate borne by the employer, per 100,000 (雇用保険料率 事業主負担)"
    reference = "https://laws.e-gov.go.jp/law/344AC0000000084#Mp-At_31"
    unit = "/100000"

    def formula(person, period, parameters):
        rates = parameters(period).employment_insurance.premiums
        return to_pcm(enum_indexed(rates.employer_rate, person.employer("employment_insurance_industry", period)))

"""Enums shared by variables of several schemes.

Enums used by one scheme only live beside that scheme's variables.
Each member's value is its label: English, with the Japanese legal term.
"""

from openfisca_core.indexed_enums import Enum


class Prefecture(Enum):
    """The 47 prefectures (都道府県), in JIS X 0401 code order."""

    hokkaido = "Hokkaido (北海道)"
    aomori = "Aomori (青森県)"
    iwate = "Iwate (岩手県)"
    miyagi = "Miyagi (宮城県)"
    akita = "Akita (秋田県)"
    yamagata = "Yamagata (山形県)"
    fukushima = "Fukushima (福島県)"
    ibaraki = "Ibaraki (茨城県)"
    tochigi = "Tochigi (栃木県)"
    gunma = "Gunma (群馬県)"
    saitama = "Saitama (埼玉県)"
    chiba = "Chiba (千葉県)"
    tokyo = "Tokyo (東京都)"
    kanagawa = "Kanagawa (神奈川県)"
    niigata = "Niigata (新潟県)"
    toyama = "Toyama (富山県)"
    ishikawa = "Ishikawa (石川県)"
    fukui = "Fukui (福井県)"
    yamanashi = "Yamanashi (山梨県)"
    nagano = "Nagano (長野県)"
    gifu = "Gifu (岐阜県)"
    shizuoka = "Shizuoka (静岡県)"
    aichi = "Aichi (愛知県)"
    mie = "Mie (三重県)"
    shiga = "Shiga (滋賀県)"
    kyoto = "Kyoto (京都府)"
    osaka = "Osaka (大阪府)"
    hyogo = "Hyogo (兵庫県)"
    nara = "Nara (奈良県)"
    wakayama = "Wakayama (和歌山県)"
    tottori = "Tottori (鳥取県)"
    shimane = "Shimane (島根県)"
    okayama = "Okayama (岡山県)"
    hiroshima = "Hiroshima (広島県)"
    yamaguchi = "Yamaguchi (山口県)"
    tokushima = "Tokushima (徳島県)"
    kagawa = "Kagawa (香川県)"
    ehime = "Ehime (愛媛県)"
    kochi = "Kochi (高知県)"
    fukuoka = "Fukuoka (福岡県)"
    saga = "Saga (佐賀県)"
    nagasaki = "Nagasaki (長崎県)"
    kumamoto = "Kumamoto (熊本県)"
    oita = "Oita (大分県)"
    miyazaki = "Miyazaki (宮崎県)"
    kagoshima = "Kagoshima (鹿児島県)"
    okinawa = "Okinawa (沖縄県)"


class EmploymentStatus(Enum):
    """Work status of a person in the month (就業状態)."""

    employee = "Employee of a private employer (会社員・被用者)"
    public_servant = "Public servant or staff of a mutual-aid-covered body (公務員・共済組合員)"
    self_employed = "Self-employed (自営業者)"
    unemployed = "Not working, looking for work (失業者)"
    retired = "Retired (退職者)"
    student = "Student, not working (学生)"
    homemaker = "Homemaker, not working (専業主婦・主夫)"


class ResidenceStatus(Enum):
    """Nationality and status of residence (在留資格) as social insurance sees it."""

    japanese_national = "Japanese national (日本国籍)"
    permanent_resident = "Permanent or special permanent resident (永住者・特別永住者)"
    mid_long_term_resident = "Mid- to long-term resident with a residence card (中長期在留者)"
    short_term_stay = "Short-term stay, 90 days or less (短期滞在)"
    designated_activities_medical = (
        "Designated activities for medical treatment or as its caregiver (特定活動・医療滞在)"
    )
    designated_activities_long_stay_tourism = (
        "Designated activities for long-stay tourism or as its companion (特定活動・ロングステイ)"
    )
    diplomat = "Diplomat or official (外交・公用)"
    not_resident = "Not resident in Japan (非居住者)"


class HealthInsurer(Enum):
    """Kind of health insurer of the employer (保険者の種別)."""

    kyokai_kenpo = "Japan Health Insurance Association (全国健康保険協会・協会けんぽ)"
    health_insurance_society = "Health insurance society (健康保険組合)"
    mutual_aid_association = "Mutual aid association (共済組合)"
    none = "No employee health insurance (適用事業所でない)"


class EmploymentInsuranceIndustry(Enum):
    """Industry class for employment insurance rates (雇用保険料率の事業の種類)."""

    general = "General business (一般の事業)"
    agriculture_forestry_fisheries_sake = (
        "Agriculture, forestry, fisheries and sake brewing (農林水産・清酒製造の事業)"
    )
    construction = "Construction (建設の事業)"


class HealthInsuranceScheme(Enum):
    """Which public health insurance covers a person in a month (加入する医療保険)."""

    employee_health_insurance = "Employee health insurance, as insured person (被用者保険・被保険者)"
    mutual_aid_association = "Mutual aid association, as member (共済組合・組合員)"
    dependant = "Dependant of an insured person (被扶養者)"
    voluntary_continued = "Voluntary continued insured (任意継続被保険者)"
    national_health_insurance = "National Health Insurance (国民健康保険)"
    late_stage_elderly = "Late-stage elderly medical care (後期高齢者医療制度)"
    none = "Not covered (適用なし)"


# --- Health insurance (variables/health_insurance, openfisca_japan/law/health_insurance_*.py): enums used by
# several files of the scheme.


class DependantRelationship(Enum):
    """Relationship with the insured person (被保険者との続柄)."""

    none = "Not a relative (続柄なし)"
    spouse = "Spouse, including de facto (配偶者, 事実婚を含む)"
    child = "Child (子)"
    grandchild = "Grandchild (孫)"
    sibling = "Brother or sister (兄弟姉妹)"
    lineal_ascendant = "Parent, grandparent or other lineal ascendant (父母・祖父母等の直系尊属)"
    other_relative_within_third_degree = "Other relative within the third degree (その他の三親等内の親族)"
    de_facto_spouse_parent_or_child = "Parent or child of a de facto spouse (内縁の配偶者の父母及び子)"


class HighCostCategory(Enum):
    """Income category of the high-cost medical expense benefit (高額療養費の所得区分)."""

    a = "Under 70, category ア (標準報酬月額83万円以上)"
    b = "Under 70, category イ (標準報酬月額53万〜79万円)"
    c = "Under 70, category ウ (標準報酬月額28万〜50万円)"
    d = "Under 70, category エ (標準報酬月額26万円以下)"
    e = "Under 70, category オ (住民税非課税)"
    active_iii = "70 and over, 現役並みⅢ"
    active_ii = "70 and over, 現役並みⅡ"
    active_i = "70 and over, 現役並みⅠ"
    general = "70 and over, 一般"
    low_income_ii = "70 and over, 低所得Ⅱ"
    low_income_i = "70 and over, 低所得Ⅰ"


class SpecifiedDisease(Enum):
    """Long-term high-cost diseases designated by the Minister (特定疾病, 施行令 第41条第9項)."""

    none = "No specified disease"
    dialysis = "Chronic renal failure treated by dialysis (人工腎臓を実施している慢性腎不全)"
    hemophilia = "Congenital coagulation factor VIII/IX disorder treated by plasma products (血友病)"
    hiv = "AIDS/HIV treated by antiviral drugs, blood-product related (抗ウイルス剤を投与している後天性免疫不全症候群)"

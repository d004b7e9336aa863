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


#: The prefecture of residence of a household (`prefecture`): the 47 prefectures in the same order (same indices as
#: `Prefecture`), then `not_given`, the default, so that a missing prefecture is never taken for Tokyo.
PrefectureOfResidence = Enum(
    "PrefectureOfResidence",
    [(member.name, member.value) for member in Prefecture] + [("not_given", "Not given (未入力)")],
)
PrefectureOfResidence.__doc__ = "Prefecture of residence (住所地の都道府県), or not_given."


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


class MutualAidAssociation(Enum):
    """Mutual aid association of the employer, when its health insurer is one (共済組合の名称)."""

    other = "Another mutual aid association, rates given as inputs (その他の共済組合)"
    mext = "MEXT mutual aid association (文部科学省共済組合): national universities, MEXT staff"


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


# --- Employment insurance, workers' compensation, national pension (enums shared by several variable files) ---


class JobLeavingReason(Enum):
    """Reason for leaving the last job, as Hello Work classifies it (離職理由)."""

    not_left = "Has not left a job (離職していない)"
    voluntary = "Own-reason leaving without just cause (正当な理由のない自己都合退職)"
    voluntary_with_just_cause = (
        "Own-reason leaving with just cause: illness, family care, move… (正当な理由のある自己都合退職・特定理由離職者)"
    )
    contract_not_renewed = (
        "Fixed-term contract not renewed although the worker wished it (雇止め・特定理由離職者)"
    )
    contract_expiry_or_retirement = (
        "Contract expiry or mandatory retirement, general leaver (契約期間満了・定年等 一般の離職者)"
    )
    dismissal = "Dismissal, bankruptcy of the employer and similar (解雇・倒産等 特定受給資格者)"
    serious_misconduct = "Dismissal for serious misconduct (自己の責めに帰すべき重大な理由による解雇・重責解雇)"


class EducationTrainingKind(Enum):
    """Kind of course designated by the Minister (教育訓練の種類)."""

    none = "No designated course (対象外)"
    general = "General education and training (一般教育訓練)"
    specific_general = "Specific general education and training (特定一般教育訓練)"
    professional_practical = "Professional practical education and training (専門実践教育訓練)"


class WorkersCompensationIndustry(Enum):
    """Kind of business of the workers' compensation rate table (労災保険率表 事業の種類): the 54 kinds of
    施行規則 別表第1, named like the keys of parameters/workers_compensation/premium_rates.yaml."""

    unspecified = "Not given (未設定)"
    forestry = "Forestry (林業)"
    marine_fishing = "Marine fishing (海面漁業 (定置網漁業又は海面魚類養殖業を除く))"
    set_net_fishing_aquaculture = "Set net fishing aquaculture (定置網漁業又は海面魚類養殖業)"
    metal_nonmetal_coal_mining = "Metal nonmetal coal mining (金属鉱業、非金属鉱業又は石炭鉱業)"
    limestone_dolomite_mining = "Limestone dolomite mining (石灰石鉱業又はドロマイト鉱業)"
    crude_oil_natural_gas_mining = "Crude oil natural gas mining (原油又は天然ガス鉱業)"
    quarrying = "Quarrying (採石業)"
    other_mining = "Other mining (その他の鉱業)"
    hydropower_tunnel_construction = "Hydropower tunnel construction (水力発電施設、ずい道等新設事業)"
    road_construction = "Road construction (道路新設事業)"
    paving_work = "Paving work (舗装工事業)"
    railway_construction = "Railway construction (鉄道又は軌道新設事業)"
    building_construction = "Building construction (建築事業 (既設建築物設備工事業を除く))"
    existing_building_equipment_work = "Existing building equipment work (既設建築物設備工事業)"
    machinery_installation = "Machinery installation (機械装置の組立て又は据付けの事業)"
    other_construction = "Other construction (その他の建設事業)"
    food_manufacturing = "Food manufacturing (食料品製造業)"
    textile_manufacturing = "Textile manufacturing (繊維工業又は繊維製品製造業)"
    wood_products_manufacturing = "Wood products manufacturing (木材又は木製品製造業)"
    pulp_paper_manufacturing = "Pulp paper manufacturing (パルプ又は紙製造業)"
    printing_binding = "Printing binding (印刷又は製本業)"
    chemical_industry = "Chemical industry (化学工業)"
    glass_cement_manufacturing = "Glass cement manufacturing (ガラス又はセメント製造業)"
    concrete_manufacturing = "Concrete manufacturing (コンクリート製造業)"
    ceramics_manufacturing = "Ceramics manufacturing (陶磁器製品製造業)"
    other_ceramic_stone_products = "Other ceramic stone products (その他の窯業又は土石製品製造業)"
    metal_smelting = "Metal smelting (金属精錬業 (非鉄金属精錬業を除く))"
    nonferrous_metal_smelting = "Nonferrous metal smelting (非鉄金属精錬業)"
    metal_materials_manufacturing = "Metal materials manufacturing (金属材料品製造業 (鋳物業を除く))"
    casting = "Casting (鋳物業)"
    metal_products_processing = "Metal products processing (金属製品製造業又は金属加工業)"
    cutlery_hand_tools_hardware = "Cutlery hand tools hardware (洋食器、刃物、手工具又は一般金物製造業)"
    plating = "Plating (めっき業)"
    machinery_manufacturing = "Machinery manufacturing (機械器具製造業)"
    electrical_machinery_manufacturing = "Electrical machinery manufacturing (電気機械器具製造業)"
    other_manufacturing = "Other manufacturing (その他の製造業)"
    cargo_handling = "Cargo handling (貨物取扱事業)"
    port_stevedoring = "Port stevedoring (港湾荷役業)"
    building_maintenance = "Building maintenance (ビルメンテナンス業)"
    ship_owners = "Ship owners (船舶所有者の事業)"
    transport_equipment_manufacturing = "Transport equipment manufacturing (輸送用機械器具製造業 (船舶製造又は修理業を除く))"
    shipbuilding_repair = "Shipbuilding and repair (船舶製造又は修理業)"
    measuring_optical_watch_manufacturing = "Measuring instruments, optical machinery and watch manufacturing (計量器、光学機械、時計等製造業 (電気機械器具製造業を除く))"
    precious_metal_accessories_leather = "Precious metal products, accessories and leather goods manufacturing (貴金属製品、装身具、皮革製品等製造業)"
    transportation = "Passenger and goods transportation (交通運輸事業)"
    port_cargo_handling = "Port cargo handling (港湾貨物取扱事業 (港湾荷役業を除く))"
    electricity_gas_water_heat = "Electricity, gas, water or heat supply (電気、ガス、水道又は熱供給の事業)"
    agriculture_inland_fishing = "Agriculture and fishing other than marine fishing (農業又は海面漁業以外の漁業)"
    cleaning_crematory_slaughter = "Cleaning, cremation or slaughter (清掃、火葬又はと畜の事業)"
    warehouse_security_pest_control_golf = "Warehousing, security, disinfection or pest control, golf courses (倉庫業、警備業、消毒又は害虫駆除の事業又はゴルフ場の事業)"
    communication_broadcasting_newspaper_publishing = "Communication, broadcasting, newspapers or publishing (通信業、放送業、新聞業又は出版業)"
    wholesale_retail_restaurant_lodging = "Wholesale and retail trade, restaurants or lodging (卸売業・小売業、飲食店又は宿泊業)"
    finance_insurance_real_estate = "Finance, insurance or real estate (金融業、保険業又は不動産業)"
    other_businesses = "Other businesses (offices, education, research, medical care, etc.) (その他の各種事業)"


class WorkAccidentType(Enum):
    """Kind of injury or illness covered by workers' compensation (災害の種類)."""

    none = "No injury covered (該当なし)"
    work_injury = "Work injury or illness (業務災害)"
    multiple_job_injury = "Injury or illness caused by the combined load of several jobs (複数業務要因災害)"
    commuting_injury = "Commuting injury (通勤災害)"


class NationalPensionExemption(Enum):
    """Exemption from the National Pension premium in a month (保険料免除の種類)."""

    none = "No exemption (免除なし)"
    full = "Full exemption (全額免除)"
    three_quarter = "Three-quarter exemption, quarter paid (4分の3免除)"
    half = "Half exemption (半額免除)"
    quarter = "One-quarter exemption, three quarters paid (4分の1免除)"
    student_deferment = "Student deferment (学生納付特例)"
    payment_deferral = "Payment deferral under 50 (納付猶予)"
    maternity = "Maternity exemption (産前産後期間の免除)"


class NationalPensionPaymentMethod(Enum):
    """How a category 1 insured person pays the premium of a month (国民年金保険料の納付方法)."""

    monthly = "Monthly, by the end of the next month: payment slip, card or account debit (毎月納付)"
    early_account_debit = "Monthly account debit at the end of the same month (当月末振替, 早割)"
    six_months_cash = "Six-month prepayment by payment slip or card (6か月前納 納付書・クレジットカード)"
    six_months_account_debit = "Six-month prepayment by account debit (6か月前納 口座振替)"
    one_year_cash = "One-year prepayment by payment slip or card (1年前納 納付書・クレジットカード)"
    one_year_account_debit = "One-year prepayment by account debit (1年前納 口座振替)"
    two_years_cash = "Two-year prepayment by payment slip or card (2年前納 納付書・クレジットカード)"
    two_years_account_debit = "Two-year prepayment by account debit (2年前納 口座振替)"


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
    # From August 2027 (令和9年8月診療分), employee insurance under 70: ア〜エ split in 12 by 標準報酬月額.
    a1 = "Under 70, from August 2027, 標準報酬月額127万円以上"
    a2 = "Under 70, from August 2027, 標準報酬月額103万〜121万円"
    a3 = "Under 70, from August 2027, 標準報酬月額83万〜98万円"
    b1 = "Under 70, from August 2027, 標準報酬月額71万〜79万円"
    b2 = "Under 70, from August 2027, 標準報酬月額62万〜68万円"
    b3 = "Under 70, from August 2027, 標準報酬月額53万〜59万円"
    c1 = "Under 70, from August 2027, 標準報酬月額44万〜50万円"
    c2 = "Under 70, from August 2027, 標準報酬月額36万〜41万円"
    c3 = "Under 70, from August 2027, 標準報酬月額28万〜34万円"
    d1 = "Under 70, from August 2027, 標準報酬月額20万〜26万円"
    d2 = "Under 70, from August 2027, 標準報酬月額16万〜19万円"
    d3 = "Under 70, from August 2027, 標準報酬月額15万円以下"


class MedicalBillSetting(Enum):
    """Setting of one bill (レセプト): inpatient or outpatient care at one provider, medical or dental apart, the
    prescriptions of a pharmacy with the bill of the provider that wrote them."""

    inpatient = "Inpatient care (入院)"
    outpatient = "Outpatient care, with the pharmacy's prescriptions (外来・調剤)"


class SpecifiedDisease(Enum):
    """Long-term high-cost diseases designated by the Minister (特定疾病, 施行令 第41条第9項)."""

    none = "No specified disease"
    dialysis = "Chronic renal failure treated by dialysis (人工腎臓を実施している慢性腎不全)"
    hemophilia = "Congenital coagulation factor VIII/IX disorder treated by plasma products (血友病)"
    hiv = "AIDS/HIV treated by antiviral drugs, blood-product related (抗ウイルス剤を投与している後天性免疫不全症候群)"


class PensionEarnerReading(Enum):
    """How a municipality counts a person 65+ with pension receipts of 1.1-1.25 million yen in the 7/5/2-tenths
    reduction test (国民健康保険法施行令 第29条の7第5項第1号): official pages disagree."""

    not_given = "Not given: refused where it decides the tier (公的年金等収入 110万円超125万円以下, 65歳以上)"
    over_1_25_million = "A pension earner above 1,250,000 yen (125万円超, most official pages)"
    over_1_1_million = "A pension earner above 1,100,000 yen (110万円超, some official pages)"

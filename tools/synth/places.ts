// The region tree of the synthetic data: real countries, provinces and cities with their Chinese (and,
// for Germany, English) names as aliases. Written compactly: one province per line,
// "Province|alias|alias > City|alias; City|alias", and zones listed apart by the name of their parent.

export type CountrySpec = {
  code: string;
  name: string;
  aliases: string[];
  currency: string;
  /** The language most local sources and evidence are written in (ISO 639-1). */
  language: string;
  /** Share of all commitments located in this country. */
  weight: number;
  provinces: string;
  zones?: string;
};

export const COUNTRIES: CountrySpec[] = [
  {
    code: "CN",
    name: "China",
    aliases: ["People's Republic of China", "PRC", "中国", "中华人民共和国"],
    currency: "CNY",
    language: "zh",
    weight: 50,
    provinces: `
      Liaoning|辽宁 > Shenyang|沈阳; Dalian|大连; Anshan|鞍山; Fushun|抚顺; Yingkou|营口; Tieling|铁岭; Jinzhou|锦州; Dandong|丹东
      Jiangsu|江苏 > Nanjing|南京; Suzhou|苏州; Wuxi|无锡; Changzhou|常州; Nantong|南通; Taicang|太仓; Yancheng|盐城
      Guangdong|广东 > Guangzhou|广州; Shenzhen|深圳; Foshan|佛山; Dongguan|东莞; Zhuhai|珠海; Huizhou|惠州; Jieyang|揭阳; Zhaoqing|肇庆
      Shanghai|上海|上海市 > Pudong New Area|浦东新区; Jiading District|嘉定区; Minhang District|闵行区; Songjiang District|松江区; Fengxian District|奉贤区
      Beijing|北京|北京市 > Chaoyang District|朝阳区; Haidian District|海淀区; Daxing District|大兴区; Shunyi District|顺义区
      Tianjin|天津|天津市 > Binhai New Area|滨海新区; Wuqing District|武清区; Xiqing District|西青区
      Zhejiang|浙江 > Hangzhou|杭州; Ningbo|宁波; Jiaxing|嘉兴; Wenzhou|温州; Shaoxing|绍兴; Huzhou|湖州
      Shandong|山东 > Jinan|济南; Qingdao|青岛; Yantai|烟台; Weifang|潍坊; Zibo|淄博; Weihai|威海
      Sichuan|四川 > Chengdu|成都; Mianyang|绵阳; Yibin|宜宾; Deyang|德阳; Suining|遂宁
      Hubei|湖北 > Wuhan|武汉; Xiangyang|襄阳; Shiyan|十堰; Yichang|宜昌; Jingmen|荆门
      Jilin|吉林 > Changchun|长春; Jilin City|吉林市; Siping|四平; Songyuan|松原
      Heilongjiang|黑龙江 > Harbin|哈尔滨; Daqing|大庆; Qiqihar|齐齐哈尔; Mudanjiang|牡丹江
      Anhui|安徽 > Hefei|合肥; Wuhu|芜湖; Bengbu|蚌埠; Chuzhou|滁州
      Chongqing|重庆|重庆市 > Yubei District|渝北区; Jiangbei District|江北区; Banan District|巴南区; Fuling District|涪陵区
      Shaanxi|陕西 > Xi'an|西安; Baoji|宝鸡; Xianyang|咸阳; Yulin|榆林
      Henan|河南 > Zhengzhou|郑州; Luoyang|洛阳; Kaifeng|开封; Xinxiang|新乡
      Hunan|湖南 > Changsha|长沙; Zhuzhou|株洲; Xiangtan|湘潭; Yueyang|岳阳
      Fujian|福建 > Fuzhou|福州; Xiamen|厦门; Ningde|宁德; Quanzhou|泉州
      Guangxi|广西|广西壮族自治区 > Nanning|南宁; Liuzhou|柳州; Guilin|桂林; Qinzhou|钦州
      Hebei|河北 > Shijiazhuang|石家庄; Tangshan|唐山; Baoding|保定; Langfang|廊坊; Cangzhou|沧州
      Inner Mongolia|内蒙古|内蒙古自治区 > Hohhot|呼和浩特; Baotou|包头; Ordos|鄂尔多斯
      Jiangxi|江西 > Nanchang|南昌; Ganzhou|赣州; Yichun|宜春`,
    zones: `
      Liaoning: Shenfu Demonstration Zone|沈抚示范区|沈抚改革创新示范区|Shenfu Reform and Innovation Demonstration Zone
      Shenyang: Shenyang Economic and Technological Development Zone|沈阳经济技术开发区|沈阳经开区
      Shenyang: Sino-German (Shenyang) High-end Equipment Manufacturing Industrial Park|中德（沈阳）高端装备制造产业园|中德园
      Dalian: Dalian Jinpu New Area|大连金普新区|金普新区
      Suzhou: Suzhou Industrial Park|苏州工业园区|SIP
      Taicang: Taicang Sino-German Enterprise Cooperation Base|太仓中德企业合作基地
      Pudong New Area: Lingang Special Area|临港新片区|China (Shanghai) Pilot Free Trade Zone Lingang Special Area
      Binhai New Area: Tianjin Economic-Technological Development Area|天津经济技术开发区|TEDA
      Daxing District: Beijing Economic-Technological Development Area|北京经济技术开发区|亦庄|Yizhuang
      Qingdao: Qingdao West Coast New Area|青岛西海岸新区
      Qingdao: Sino-German Ecopark|中德生态园|Qingdao Sino-German Ecopark
      Guangzhou: Guangzhou Development District|广州开发区
      Shenzhen: Qianhai Cooperation Zone|前海深港现代服务业合作区|前海|Qianhai
      Zhuhai: Hengqin Cooperation Zone|横琴粤澳深度合作区|横琴|Hengqin
      Jieyang: Jieyang Sino-German Metal Eco-City|揭阳中德金属生态城
      Changchun: Changchun Automobile Economic and Technological Development Zone|长春汽车经济技术开发区|长春汽开区
      Hefei: Hefei Economic and Technological Development Area|合肥经济技术开发区
      Chengdu: Tianfu New Area|天府新区|Chengdu Tianfu New Area
      Wuhan: East Lake High-tech Development Zone|东湖新技术开发区|中国光谷|Optics Valley of China
      Xi'an: Xi'an High-tech Industries Development Zone|西安高新区
      Ningbo: Hangzhou Bay New Area|杭州湾新区|Ningbo Hangzhou Bay New Area
      Yubei District: Liangjiang New Area|两江新区
      Xiamen: Torch High-tech Zone|火炬高新区|Xiamen Torch Hi-tech Industrial Development Zone
      Zhengzhou: Zhengzhou Airport Economy Zone|郑州航空港经济综合实验区
      Nanjing: Jiangbei New Area|江北新区|Nanjing Jiangbei New Area
      Changsha: Changsha Economic and Technological Development Zone|长沙经济技术开发区`,
  },
  {
    code: "DE",
    name: "Germany",
    aliases: ["Deutschland", "Federal Republic of Germany", "Bundesrepublik Deutschland", "德国"],
    currency: "EUR",
    language: "de",
    weight: 22,
    provinces: `
      Bayern|Bavaria|Freistaat Bayern|巴伐利亚 > München|Munich|慕尼黑; Nürnberg|Nuremberg|纽伦堡; Regensburg|雷根斯堡; Ingolstadt|英戈尔施塔特; Augsburg|奥格斯堡; Würzburg|维尔茨堡; Dingolfing; Erlangen|埃尔朗根
      Baden-Württemberg|巴登-符腾堡 > Stuttgart|斯图加特; Mannheim|曼海姆; Karlsruhe|卡尔斯鲁厄; Ulm|乌尔姆; Freiburg im Breisgau|Freiburg|弗赖堡; Heilbronn|海尔布隆; Sindelfingen; Friedrichshafen|腓特烈港
      Nordrhein-Westfalen|North Rhine-Westphalia|NRW|北莱茵-威斯特法伦 > Düsseldorf|Duesseldorf|杜塞尔多夫; Köln|Cologne|科隆; Essen|埃森; Dortmund|多特蒙德; Duisburg|杜伊斯堡; Aachen|亚琛; Bochum|波鸿; Münster|明斯特
      Niedersachsen|Lower Saxony|下萨克森 > Hannover|Hanover|汉诺威; Wolfsburg|沃尔夫斯堡; Braunschweig|Brunswick|不伦瑞克; Osnabrück|奥斯纳布吕克; Salzgitter|萨尔茨吉特; Emden|埃姆登
      Hessen|Hesse|黑森 > Frankfurt am Main|Frankfurt|法兰克福; Wiesbaden|威斯巴登; Darmstadt|达姆施塔特; Kassel|卡塞尔; Rüsselsheim am Main|Rüsselsheim
      Sachsen|Saxony|Freistaat Sachsen|萨克森 > Dresden|德累斯顿; Leipzig|莱比锡; Chemnitz|开姆尼茨; Zwickau|茨维考; Görlitz|格尔利茨
      Berlin|柏林 > Charlottenburg-Wilmersdorf; Spandau; Treptow-Köpenick; Marzahn-Hellersdorf; Friedrichshain-Kreuzberg
      Hamburg|汉堡 > Hamburg-Mitte; Altona; Harburg; Wandsbek
      Brandenburg|勃兰登堡 > Potsdam|波茨坦; Cottbus|科特布斯; Grünheide (Mark)|Grünheide; Schwedt/Oder; Frankfurt (Oder)
      Thüringen|Thuringia|图林根 > Erfurt|埃尔福特; Jena|耶拿; Arnstadt; Eisenach|艾森纳赫
      Sachsen-Anhalt|Saxony-Anhalt|萨克森-安哈尔特 > Magdeburg|马格德堡; Halle (Saale)|Halle; Leuna; Bitterfeld-Wolfen
      Rheinland-Pfalz|Rhineland-Palatinate|莱茵兰-普法尔茨 > Mainz|美因茨; Ludwigshafen am Rhein|Ludwigshafen|路德维希港; Kaiserslautern|凯泽斯劳滕
      Saarland|萨尔 > Saarbrücken|萨尔布吕肯; Saarlouis
      Schleswig-Holstein|石勒苏益格-荷尔斯泰因 > Kiel|基尔; Lübeck|吕贝克; Heide
      Mecklenburg-Vorpommern|Mecklenburg-Western Pomerania|梅克伦堡-前波美拉尼亚 > Rostock|罗斯托克; Schwerin|什未林; Greifswald
      Bremen|不来梅 > Bremerhaven|不来梅港; Vegesack`,
    zones: `
      Frankfurt am Main: Industriepark Höchst|Höchst Industrial Park
      Leuna: Chemiepark Leuna|Leuna Chemical Park
      Grünheide (Mark): Gewerbegebiet Freienbrink|Freienbrink
      Duisburg: Hafen Duisburg|duisport|Port of Duisburg|杜伊斯堡港
      München: Forschungscampus Garching|Garching Research Campus
      Cottbus: Industriepark Schwarze Pumpe|Schwarze Pumpe
      Salzgitter: Wasserstoffcampus Salzgitter|Salzgitter Hydrogen Campus
      Dresden: Technologiepark Dresden-Nord|Dresden North Technology Park`,
  },
  {
    code: "HU",
    name: "Hungary",
    aliases: ["Magyarország", "匈牙利"],
    currency: "HUF",
    language: "hu",
    weight: 5,
    provinces: `
      Hajdú-Bihar > Debrecen|德布勒森; Berettyóújfalu
      Győr-Moson-Sopron > Győr|杰尔; Sopron
      Bács-Kiskun > Kecskemét|凯奇凯梅特; Kiskunfélegyháza
      Pest > Budaörs; Gödöllő; Vác
      Fejér > Székesfehérvár|塞克什白堡; Dunaújváros`,
  },
  {
    code: "US",
    name: "United States",
    aliases: ["USA", "United States of America", "美国"],
    currency: "USD",
    language: "en",
    weight: 5,
    provinces: `
      Michigan|密歇根 > Detroit|底特律; Lansing; Grand Rapids
      South Carolina|南卡罗来纳 > Spartanburg|斯帕坦堡; Greenville; Charleston
      Georgia|佐治亚 > Atlanta|亚特兰大; Savannah; Augusta
      Texas|德克萨斯 > Austin|奥斯汀; Houston|休斯敦; Dallas|达拉斯; San Antonio
      California|加利福尼亚|加州 > San Jose|圣何塞; Fremont; Los Angeles|洛杉矶
      Ohio|俄亥俄 > Columbus; Marysville; Toledo
      Tennessee|田纳西 > Nashville; Chattanooga; Spring Hill`,
  },
  {
    code: "JP",
    name: "Japan",
    aliases: ["日本", "Nippon"],
    currency: "JPY",
    language: "ja",
    weight: 4,
    provinces: `
      Aichi|爱知 > Nagoya|名古屋; Toyota City|丰田市; Okazaki
      Kanagawa|神奈川 > Yokohama|横滨; Kawasaki|川崎; Sagamihara
      Hyogo|兵库 > Kobe|神户; Himeji|姬路
      Fukuoka|福冈 > Kitakyushu|北九州; Kurume
      Tokyo|东京 > Chiyoda|千代田; Minato|港区; Ota
      Kumamoto|熊本 > Kumamoto City|熊本市; Kikuyo`,
  },
  {
    code: "FR",
    name: "France",
    aliases: ["République française", "法国"],
    currency: "EUR",
    language: "fr",
    weight: 3,
    provinces: `
      Île-de-France|法兰西岛 > Paris|巴黎; Boulogne-Billancourt; Saclay
      Auvergne-Rhône-Alpes > Lyon|里昂; Grenoble|格勒诺布尔; Clermont-Ferrand
      Hauts-de-France|上法兰西 > Lille|里尔; Douai; Dunkerque|Dunkirk|敦刻尔克
      Grand Est|大东部 > Strasbourg|斯特拉斯堡; Mulhouse; Metz
      Occitanie|奥克西塔尼 > Toulouse|图卢兹; Montpellier`,
  },
  {
    code: "KR",
    name: "South Korea",
    aliases: ["Republic of Korea", "Korea", "韩国"],
    currency: "KRW",
    language: "ko",
    weight: 3,
    provinces: `
      Gyeonggi|京畿道 > Suwon|水原; Pyeongtaek|平泽; Hwaseong|华城; Icheon|利川
      North Chungcheong|Chungcheongbuk-do|忠清北道 > Cheongju|清州; Ochang
      North Gyeongsang|Gyeongsangbuk-do|庆尚北道 > Pohang|浦项; Gumi|龟尾
      Seoul|首尔 > Gangnam-gu|江南区; Yeongdeungpo-gu; Mapo-gu
      Ulsan|蔚山 > Ulju; Onsan`,
  },
  {
    code: "VN",
    name: "Vietnam",
    aliases: ["Viet Nam", "越南"],
    currency: "VND",
    language: "vi",
    weight: 3,
    provinces: `
      Bac Ninh|Bắc Ninh|北宁 > Bac Ninh City|Thành phố Bắc Ninh; Yen Phong|Yên Phong
      Hai Phong|Hải Phòng|海防 > Do Son|Đồ Sơn; Thuy Nguyen|Thủy Nguyên
      Binh Duong|Bình Dương|平阳 > Thu Dau Mot|Thủ Dầu Một; Di An|Dĩ An
      Dong Nai|Đồng Nai|同奈 > Bien Hoa|Biên Hòa; Long Thanh|Long Thành`,
  },
  {
    code: "IN",
    name: "India",
    aliases: ["Bharat", "印度"],
    currency: "INR",
    language: "en",
    weight: 3,
    provinces: `
      Tamil Nadu|泰米尔纳德 > Chennai|金奈; Sriperumbudur; Hosur
      Maharashtra|马哈拉施特拉 > Pune|浦那; Mumbai|孟买; Chhatrapati Sambhajinagar|Aurangabad
      Gujarat|古吉拉特 > Ahmedabad|艾哈迈达巴德; Sanand; Dholera
      Karnataka|卡纳塔克 > Bengaluru|Bangalore|班加罗尔; Mysuru|Mysore`,
  },
  {
    code: "MX",
    name: "Mexico",
    aliases: ["México", "Estados Unidos Mexicanos", "墨西哥"],
    currency: "MXN",
    language: "es",
    weight: 2,
    provinces: `
      Nuevo León|新莱昂 > Monterrey|蒙特雷; Santa Catarina; Apodaca
      Guanajuato|瓜纳华托 > Silao; León; Celaya
      Puebla|普埃布拉 > Puebla City|Heroica Puebla de Zaragoza; San José Chiapa
      Coahuila|科阿韦拉 > Saltillo|萨尔蒂约; Ramos Arizpe`,
  },
];

export type PlaceEntry = { name: string; aliases: string[] };

const HAN = /\p{Script=Han}/u;

export function chineseNameOf(aliases: readonly string[]): string | undefined {
  return aliases.find((a) => HAN.test(a));
}

function parseEntry(text: string): PlaceEntry {
  const [name, ...aliases] = text.split("|").map((s) => s.trim());
  if (!name) throw new Error(`Empty place name in "${text}"`);
  return { name, aliases };
}

/** Chinese provinces and cities are also written with their administrative suffix (辽宁省, 沈阳市). */
function withChineseSuffix(entry: PlaceEntry, suffix: string): PlaceEntry {
  const short = entry.aliases.find((a) => HAN.test(a));
  if (!short || /[省市区]$/.test(short) || entry.aliases.some((a) => a !== short && a.startsWith(short))) return entry;
  return { ...entry, aliases: [...entry.aliases, short + suffix] };
}

export type ProvinceEntry = PlaceEntry & { cities: PlaceEntry[] };

export function parseProvinces(country: CountrySpec): ProvinceEntry[] {
  return country.provinces
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [head, tail = ""] = line.split(">");
      let province = parseEntry(head ?? "");
      if (country.code === "CN") province = withChineseSuffix(province, "省");
      const cities = tail
        .split(";")
        .map((c) => c.trim())
        .filter(Boolean)
        .map((c) => (country.code === "CN" ? withChineseSuffix(parseEntry(c), "市") : parseEntry(c)));
      return { ...province, cities };
    });
}

export function parseZones(country: CountrySpec): { parent: string; zone: PlaceEntry }[] {
  return (country.zones ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(":");
      return { parent: line.slice(0, at).trim(), zone: parseEntry(line.slice(at + 1)) };
    });
}

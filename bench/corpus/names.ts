import type { NameRegion } from "./countries.ts";

/** Invented people: common first names and surnames of each region, combined per seed. */
export const NAMES: Readonly<Record<NameRegion, { first: string[]; last: string[] }>> = {
  anglo: {
    first:
      "James Sarah Michael Emily David Laura Richard Helen Thomas Rachel Andrew Claire Peter Fiona Mark".split(
        " ",
      ),
    last: "Whitfield Harrington Caldwell Pemberton Ashworth Langley Mercer Thornton Blackwood Fairbanks Holloway Kingsley Radcliffe Sutton Wexley Prescott Everly Hastings Whitmore Carrington Lockwood Ellsworth Brennan Garfield Hollis Winslow Stanton Aldridge Kendrick Rowley".split(
      " ",
    ),
  },
  latin: {
    first:
      "Gabriel Lucia Mateo Valentina Diego Camila Andres Isabel Joaquin Paula Rafael Carolina Tomas Mariana Esteban".split(
        " ",
      ),
    last: "Alvarado Benitez Cardenas Duarte Echeverria Figueroa Galindo Herrera Iturbide Lozano Montoya Navarro Orellana Paredes Quintero Rivadeneira Salcedo Tamayo Urquiza Valdivia Zamora Arriaga Bustos Cisneros Espinoza Fuentes Guzman Ibarra Jaramillo Ledesma".split(
      " ",
    ),
  },
  romance: {
    first:
      "Jean Claire Luca Giulia Antoine Sophie Marco Elena Pierre Chiara Nicolas Ines Alessandro Camille Paolo".split(
        " ",
      ),
    last: "Rossetti Delacroix Marchetti Beaumont Ferrara Lemaire Santoro Girard Bellini Fontaine Castellano Moreau Vitale Rousseau Caruso Albertini Bonnet Colombo Dubois Esposito Fabre Gallo Lambert Mancini Noel Pellegrini Renaud Serra Tessier Valentini".split(
      " ",
    ),
  },
  germanic: {
    first:
      "Lukas Anna Johannes Katrin Stefan Ingrid Matthias Birgit Henrik Astrid Florian Greta Jonas Sigrid Anders".split(
        " ",
      ),
    last: "Brandt Lindqvist Hofmann Vogel Bergstrom Kessler Nyberg Wagner Dahlberg Richter Holm Fischer Engstrom Baumann Sorensen Albrecht Eklund Friedrich Gustafsson Hartmann Isaksen Jansen Krause Lundgren Meyer Nilsen Oberg Pedersen Schreiber Thorsen".split(
      " ",
    ),
  },
  slavic: {
    first:
      "Andriy Olena Pavel Irina Tomasz Katarzyna Viktor Natalia Sergei Marta Dmitro Zofia Nikolai Vesna Bogdan".split(
        " ",
      ),
    last: "Kovalenko Nowakowski Petrov Shevchuk Dvorak Morozov Kowalczyk Bondarenko Horvath Volkov Zielinski Marchenko Sokolov Wisniewski Tkachenko Antonov Babic Czerny Danilov Frolova Grabowski Ivanova Jankowski Kuznetsov Lewandowski Melnyk Novak Orlov Pavlenko Rudenko".split(
      " ",
    ),
  },
  arabic: {
    first:
      "Ahmed Fatima Omar Layla Khalid Mariam Youssef Nour Hassan Salma Tariq Rania Karim Huda Faisal".split(
        " ",
      ),
    last: "Al-Mansouri Haddad Khalil Nasser Saleh Darwish Mahmoud Al-Rashid Farouk Qasim Hamdan Barakat Aziz Al-Tamimi Sabbagh Abdullah Bakr Ghanem Habib Ibrahim Jaber Kassab Lutfi Mansour Najjar Othman Rahimi Shami Yassin Zayed".split(
      " ",
    ),
  },
  african: {
    first:
      "Kwame Amina Chinedu Wanjiru Tendai Fatoumata Sipho Ngozi Kofi Zanele Abebe Halima Olusegun Nomvula Jabari".split(
        " ",
      ),
    last: "Mensah Okonkwo Kamau Moyo Diallo Ndlovu Adeyemi Otieno Banda Traore Mutua Asante Okafor Dlamini Haile Achebe Boateng Chikwanha Dube Ekwueme Gyamfi Juma Kiprop Lungu Mbeki Nkosi Obi Phiri Sesay Wambui".split(
      " ",
    ),
  },
  "east-asian": {
    first:
      "Wei Mei Hiroshi Yuki Min-jun Ji-woo Tran Linh Jian Akiko Seo-yeon Haruto Xiaoling Daiki Anh".split(
        " ",
      ),
    last: "Zhang Tanaka Park Nguyen Liu Watanabe Kim Chen Yamamoto Choi Huang Nakamura Lee Pham Sato Ito Jung Kato Lim Ma Ogawa Quan Shin Takahashi Vo Wang Xu Yang Zhou Han".split(
      " ",
    ),
  },
  "south-asian": {
    first:
      "Rahul Priya Imran Ayesha Arjun Sunita Farhan Nadia Vikram Anjali Sanjay Meera Bilal Kavita Rohan".split(
        " ",
      ),
    last: "Sharma Qureshi Iyer Chaudhry Menon Rahman Bhattacharya Malik Reddy Siddiqui Kapoor Hossain Nair Bukhari Joshi Agarwal Banerjee Chopra Desai Gupta Haider Iqbal Jain Khan Mehta Patel Rao Shah Verma Yadav".split(
      " ",
    ),
  },
  turkic: {
    first:
      "Mehmet Elif Emre Zeynep Aliyev Leyla Murat Aigerim Serkan Dilnoza Baurzhan Selin Rustam Gulnara Timur".split(
        " ",
      ),
    last: "Yilmaz Karimov Demir Nazarbekov Ozturk Mammadov Kaya Tokayev Aydin Rashidov Celik Abdullayev Sahin Umarov Arslan Bekov Dogan Ergin Gunes Ismailov Kilic Mirzoyev Nurlanov Ozdemir Polat Sadykov Tursunov Usmanov Yusupov Zhakupov".split(
      " ",
    ),
  },
};

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ArrivedPage</name>
    <message>
        <source>After doing what the last page said, look at your messages and your email again.</source>
        <translation>Sau khi làm theo trang vừa rồi, bạn hãy xem lại tin nhắn và email của mình.</translation>
    </message>
    <message>
        <source>Did the password arrive?</source>
        <translation>Bạn đã nhận được mật khẩu chưa?</translation>
    </message>
    <message>
        <source>No, still nothing</source>
        <translation>Chưa, vẫn chưa nhận được</translation>
    </message>
    <message>
        <source>We will look at the next possible reason.</source>
        <translation>Chúng ta sẽ xem tiếp một nguyên nhân khác.</translation>
    </message>
    <message>
        <source>Yes, I have my password</source>
        <translation>Rồi, tôi đã có mật khẩu</translation>
    </message>
</context>
<context>
    <name>CauseList</name>
    <message>
        <source>All common reasons</source>
        <translation>Tất cả các nguyên nhân thường gặp</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Hide the list of reasons</source>
        <translation>Ẩn danh sách nguyên nhân</translation>
    </message>
    <message>
        <source>Open any reason directly. Back returns to the page you were on.</source>
        <translation>Mở thẳng trang của một nguyên nhân. Nút Quay lại đưa bạn về trang đang xem trước đó.</translation>
    </message>
    <message>
        <source>Opens this reason&apos;s page now.</source>
        <translation>Mở ngay trang của nguyên nhân này.</translation>
    </message>
    <message>
        <source>Press %1 to show the list again.</source>
        <translation>Bấm %1 để hiện lại danh sách.</translation>
    </message>
</context>
<context>
    <name>CauseListButton</name>
    <message>
        <source>All reasons</source>
        <translation>Các nguyên nhân</translation>
    </message>
    <message>
        <source>Shows or hides the list of every reason, to open one directly (%1).</source>
        <translation>Hiện hoặc ẩn danh sách mọi nguyên nhân để mở thẳng một trang (%1).</translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Choose your email service and follow its steps.</source>
        <translation>Chọn dịch vụ email bạn dùng và làm theo từng bước.</translation>
    </message>
    <message>
        <source>Choose your make of phone and follow its steps.</source>
        <translation>Chọn hãng điện thoại của bạn và làm theo từng bước.</translation>
    </message>
    <message>
        <source>Go on to the next possible reason.</source>
        <translation>Xem tiếp nguyên nhân khác.</translation>
    </message>
    <message>
        <source>I checked: this is not the problem</source>
        <translation>Tôi đã kiểm tra: không phải do điều này</translation>
    </message>
    <message>
        <source>Show me the steps for my email</source>
        <translation>Xem các bước cho hộp thư email của tôi</translation>
    </message>
    <message>
        <source>Show me the steps for my phone</source>
        <translation>Xem các bước cho điện thoại của tôi</translation>
    </message>
    <message>
        <source>That was the problem: I have done what the page says</source>
        <translation>Đúng là do điều này: tôi đã làm theo hướng dẫn</translation>
    </message>
    <message>
        <source>We will then ask whether the password has arrived.</source>
        <translation>Sau đó chương trình sẽ hỏi bạn đã nhận được mật khẩu chưa.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cách xử lý</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <source>By email</source>
        <translation>Qua email</translation>
    </message>
    <message>
        <source>By text message (SMS)</source>
        <translation>Bằng tin nhắn (SMS)</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <translation>Tôi không chắc</translation>
    </message>
    <message>
        <source>The password usually comes by text message (SMS) when the account is issued, or by email when you use “Quên mật khẩu”.</source>
        <translation>Mật khẩu thường được gửi qua tin nhắn (SMS) khi tài khoản được cấp, hoặc qua email khi bạn dùng “Quên mật khẩu”.</translation>
    </message>
    <message>
        <source>To my email address.</source>
        <translation>Đến địa chỉ email của tôi.</translation>
    </message>
    <message>
        <source>To my mobile phone number.</source>
        <translation>Đến số điện thoại di động của tôi.</translation>
    </message>
    <message>
        <source>Where should the password have arrived?</source>
        <translation>Mật khẩu lẽ ra được gửi đến đâu?</translation>
    </message>
</context>
<context>
    <name>ContactFeedback</name>
    <message>
        <source>({code}) was a landline area code before 2017, and a number written with it in brackets is usually a landline. If {number} really is your mobile number, confirm it; if not, type your mobile number.</source>
        <translation>({code}) từng là mã vùng của điện thoại cố định (máy bàn) trước năm 2017, và số viết với mã vùng trong ngoặc thường là số máy bàn. Nếu {number} đúng là số di động của bạn, bạn hãy xác nhận; nếu không, bạn hãy nhập số di động.</translation>
    </message>
    <message>
        <source>A dot is in the wrong place: never two in a row, and never at the start, at the end or next to the @.</source>
        <translation>Dấu chấm đặt sai chỗ: không được có hai dấu chấm liền nhau, không được đặt ở đầu, ở cuối hay sát dấu @.</translation>
    </message>
    <message>
        <source>A phone number has only digits, but this one has the letters {letters}. Did you mean {number}?</source>
        <translation>Số điện thoại chỉ gồm chữ số, nhưng ở đây có chữ cái {letters}. Có phải bạn muốn nhập {number}?</translation>
    </message>
    <message>
        <source>A phone number has only digits. Remove the letters {letters}.</source>
        <translation>Số điện thoại chỉ gồm chữ số. Bạn hãy xóa các chữ cái {letters}.</translation>
    </message>
    <message>
        <source>After the @ comes your email provider, for example gmail.com or yahoo.com.vn.</source>
        <translation>Sau dấu @ là tên nhà cung cấp email, ví dụ gmail.com hoặc yahoo.com.vn.</translation>
    </message>
    <message>
        <source>An email address cannot contain {characters}. Check what you typed.</source>
        <translation>Địa chỉ email không được có ký tự {characters}. Bạn hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>An email address cannot have accented letters ({letters}). Type them without accents, and check that the keyboard is not in Vietnamese mode (Telex, VNI).</source>
        <translation>Địa chỉ email không được có chữ có dấu ({letters}). Bạn hãy gõ không dấu và kiểm tra xem bàn phím có đang ở chế độ gõ tiếng Việt (Telex, VNI) không.</translation>
    </message>
    <message>
        <source>An email address cannot have accented letters ({letters}): the Vietnamese keyboard (Telex, VNI) may have made them from letters you typed. Choose the address you meant, or type it again with the keyboard in English.</source>
        <translation>Địa chỉ email không được có chữ có dấu ({letters}): có thể bộ gõ tiếng Việt (Telex, VNI) đã biến các chữ bạn gõ thành chữ có dấu. Bạn hãy chọn địa chỉ đúng, hoặc chuyển bàn phím sang tiếng Anh rồi gõ lại.</translation>
    </message>
    <message>
        <source>An email address cannot have spaces. Remove the spaces.</source>
        <translation>Địa chỉ email không được có dấu cách. Bạn hãy xóa các dấu cách.</translation>
    </message>
    <message>
        <source>An email address has only one @, this one has {count}. Remove the extra @.</source>
        <translation>Địa chỉ email chỉ có một dấu @, ở đây có {count} dấu. Bạn hãy xóa dấu @ thừa.</translation>
    </message>
    <message>
        <source>An email address needs an @ between your name and the provider, for example nguyenvana@gmail.com.</source>
        <translation>Địa chỉ email cần có dấu @ giữa tên của bạn và nhà cung cấp, ví dụ nguyenvana@gmail.com.</translation>
    </message>
    <message>
        <source>Did you mean {proposal}?</source>
        <translation>Có phải bạn muốn nhập {proposal}?</translation>
    </message>
    <message>
        <source>Did you mean {proposal}? If {address} is really right, confirm it.</source>
        <translation>Có phải bạn muốn nhập {proposal}? Nếu {address} thật sự đúng, bạn hãy xác nhận.</translation>
    </message>
    <message>
        <source>It is my mobile number</source>
        <translation>Đây là số di động của tôi</translation>
    </message>
    <message>
        <source>My address is correct as typed</source>
        <translation>Địa chỉ tôi đã nhập là đúng</translation>
    </message>
    <message>
        <source>No email address can end in {ending}: there is no such domain ending. Check the end.</source>
        <translation>Không có địa chỉ email nào có đuôi {ending}, vì không có tên miền nào như vậy. Bạn hãy kiểm tra phần cuối địa chỉ.</translation>
    </message>
    <message>
        <source>No network is known to use the prefix {prefix}. Check the first digits.</source>
        <translation>Chưa thấy nhà mạng nào dùng đầu số {prefix}. Bạn hãy kiểm tra các chữ số đầu.</translation>
    </message>
    <message>
        <source>Personal identification number (số định danh cá nhân): {code}. It is used in place of the social insurance number.</source>
        <translation>Số định danh cá nhân: {code}. Số này được dùng thay cho mã số BHXH.</translation>
    </message>
    <message>
        <source>Social insurance number: {code}</source>
        <translation>Mã số BHXH: {code}</translation>
    </message>
    <message>
        <source>The number is right</source>
        <translation>Số này đúng</translation>
    </message>
    <message>
        <source>The part after the @ is incomplete. It looks like gmail.com or yahoo.com.vn: check the end.</source>
        <translation>Phần sau dấu @ chưa đầy đủ. Phần này có dạng như gmail.com hoặc yahoo.com.vn: bạn hãy kiểm tra phần cuối.</translation>
    </message>
    <message>
        <source>The same number is typed twice. Keep it once: {number}.</source>
        <translation>Số này được nhập hai lần. Bạn hãy chỉ giữ lại một lần: {number}.</translation>
    </message>
    <message>
        <source>The social insurance number (mã số BHXH) has 10 digits: it is in your social insurance book and on your health insurance card (on older cards, the last 10 digits). From 01/08/2025 the 12-digit personal identification number (số định danh cá nhân, the number on your CCCD) replaces it; during the change both are in use, so either one is fine here.</source>
        <translation>Mã số BHXH gồm 10 chữ số, có trên sổ BHXH và trên thẻ BHYT (trên thẻ mẫu cũ là 10 số cuối của mã thẻ). Từ ngày 01/08/2025, số định danh cá nhân 12 chữ số (số trên thẻ căn cước, CCCD) thay cho mã số BHXH; trong thời gian chuyển đổi, cả hai số đều đang được dùng, nên bạn nhập số nào cũng được.</translation>
    </message>
    <message>
        <source>The social insurance number and the personal identification number have only digits. Remove the letters {letters}.</source>
        <translation>Mã số BHXH và số định danh cá nhân chỉ gồm chữ số. Bạn hãy xóa các chữ cái {letters}.</translation>
    </message>
    <message>
        <source>There is more than one address here. Type only the email you registered with.</source>
        <translation>Ở đây có nhiều hơn một địa chỉ. Bạn hãy chỉ nhập địa chỉ email đã dùng để đăng ký.</translation>
    </message>
    <message>
        <source>There is more than one address here. Which one did you register with?</source>
        <translation>Ở đây có nhiều hơn một địa chỉ. Bạn đã đăng ký bằng địa chỉ nào?</translation>
    </message>
    <message>
        <source>There is more than one number here, and only {number} is a mobile number. Use it if you registered with it.</source>
        <translation>Ở đây có nhiều hơn một số, và chỉ có {number} là số di động. Bạn hãy dùng số này nếu đã đăng ký bằng số này.</translation>
    </message>
    <message>
        <source>There is more than one number here. Type only the mobile number you registered with.</source>
        <translation>Ở đây có nhiều hơn một số. Bạn hãy chỉ nhập số di động đã dùng để đăng ký.</translation>
    </message>
    <message>
        <source>There is more than one number here. Which one did you register with?</source>
        <translation>Ở đây có nhiều hơn một số. Bạn đã đăng ký bằng số nào?</translation>
    </message>
    <message>
        <source>There is no phone number here. Type your mobile number: 10 digits starting with 0, for example 0912 345 678.</source>
        <translation>Ở đây không có số điện thoại nào. Bạn hãy nhập số di động: 10 chữ số, bắt đầu bằng 0, ví dụ 0912 345 678.</translation>
    </message>
    <message>
        <source>This foreign number is incomplete or wrong. Check the country code and the digits, or type a Vietnamese mobile number.</source>
        <translation>Số nước ngoài này chưa đủ hoặc không đúng. Bạn hãy kiểm tra mã quốc gia và các chữ số, hoặc nhập số di động Việt Nam.</translation>
    </message>
    <message>
        <source>This has 11 digits: the social insurance number has 10 and the personal identification number 12. Check for a digit too many or too few.</source>
        <translation>Ở đây có 11 chữ số: mã số BHXH có 10 chữ số, số định danh cá nhân có 12 chữ số. Bạn hãy kiểm tra xem có thừa hay thiếu số nào không.</translation>
    </message>
    <message>
        <source>This is a health insurance card number. Its last 10 digits are your social insurance number: {code}.</source>
        <translation>Đây là mã thẻ BHYT. 10 số cuối của mã thẻ là mã số BHXH của bạn: {code}.</translation>
    </message>
    <message>
        <source>This is a landline number with its area code of before 2017 ({code}); today it is {number}. A landline cannot receive the password by SMS: type your mobile number.</source>
        <translation>Đây là số điện thoại cố định (máy bàn) với mã vùng cũ {code} (trước năm 2017); nay số này là {number}. Số máy bàn không nhận được mật khẩu qua tin nhắn SMS: bạn hãy nhập số di động.</translation>
    </message>
    <message>
        <source>This is a landline number. It cannot receive the password by SMS: type your mobile number.</source>
        <translation>Đây là số điện thoại cố định (máy bàn). Số này không nhận được mật khẩu qua tin nhắn SMS: bạn hãy nhập số di động.</translation>
    </message>
    <message>
        <source>This is a phone number. Type it in the phone field, and your email address here.</source>
        <translation>Đây là số điện thoại. Bạn hãy nhập số này vào ô số điện thoại, còn ô này để nhập địa chỉ email.</translation>
    </message>
    <message>
        <source>This is a service or short number. It cannot receive the password: type your own mobile number.</source>
        <translation>Đây là số dịch vụ hoặc số ngắn. Số này không nhận được mật khẩu: bạn hãy nhập số di động của mình.</translation>
    </message>
    <message>
        <source>This is an email address. Type it in the email field, and your mobile number here.</source>
        <translation>Đây là địa chỉ email. Bạn hãy nhập địa chỉ này vào ô email, còn ô này để nhập số di động.</translation>
    </message>
    <message>
        <source>This is neither a social insurance number nor a personal identification number. Type its 10 or 12 digits, or leave the field empty.</source>
        <translation>Đây không phải mã số BHXH hay số định danh cá nhân. Bạn hãy nhập đủ 10 hoặc 12 chữ số, hoặc để trống ô này.</translation>
    </message>
    <message>
        <source>This is not a valid email address. Check it letter by letter.</source>
        <translation>Địa chỉ email này không hợp lệ. Bạn hãy kiểm tra lại từng ký tự.</translation>
    </message>
    <message>
        <source>This is too long for an email address. Type only your address.</source>
        <translation>Nội dung này quá dài so với một địa chỉ email. Bạn chỉ cần nhập địa chỉ email của mình.</translation>
    </message>
    <message>
        <source>This looks like a health insurance card number, but it has {count} characters instead of 15. Check it, or type only the 10-digit social insurance number.</source>
        <translation>Đây có vẻ là mã thẻ BHYT nhưng có {count} ký tự thay vì 15. Bạn hãy kiểm tra lại, hoặc chỉ nhập mã số BHXH gồm 10 chữ số.</translation>
    </message>
    <message>
        <source>This looks like a health insurance card number, but not of a layout the program knows. Type the 10-digit social insurance number from your social insurance book instead.</source>
        <translation>Đây có vẻ là mã thẻ BHYT nhưng không theo mẫu thẻ mà chương trình biết. Bạn hãy nhập mã số BHXH gồm 10 chữ số, có trên sổ BHXH.</translation>
    </message>
    <message>
        <source>This looks like a landline number with its area code of before 2017 ({code}). A landline cannot receive the password by SMS: type your mobile number.</source>
        <translation>Đây có vẻ là số điện thoại cố định (máy bàn) với mã vùng cũ {code} (trước năm 2017). Số máy bàn không nhận được mật khẩu qua tin nhắn SMS: bạn hãy nhập số di động.</translation>
    </message>
    <message>
        <source>Too long: a mobile number has 10 digits starting with 0, this one has {count}. Remove the extra digits.</source>
        <translation>Quá dài: số di động có 10 chữ số, bắt đầu bằng 0, số này có {count} chữ số. Bạn hãy xóa các chữ số thừa.</translation>
    </message>
    <message>
        <source>Too long: the personal identification number has 12 digits and the social insurance number 10; this one has {count}. Remove the extra digits.</source>
        <translation>Quá dài: số định danh cá nhân có 12 chữ số, mã số BHXH có 10 chữ số; ở đây có {count} chữ số. Bạn hãy xóa các chữ số thừa.</translation>
    </message>
    <message>
        <source>Too short: a mobile number has 10 digits starting with 0, this one has {count}. Check for a missing digit.</source>
        <translation>Quá ngắn: số di động có 10 chữ số, bắt đầu bằng 0, số này chỉ có {count} chữ số. Bạn hãy kiểm tra xem có thiếu số nào không.</translation>
    </message>
    <message>
        <source>Too short: the social insurance number has 10 digits and the personal identification number 12; this one has {count}. Check for a missing digit.</source>
        <translation>Quá ngắn: mã số BHXH có 10 chữ số, số định danh cá nhân có 12 chữ số; ở đây chỉ có {count} chữ số. Bạn hãy kiểm tra xem có thiếu số nào không.</translation>
    </message>
    <message>
        <source>Type only the email address, without other words or brackets around it.</source>
        <translation>Bạn hãy chỉ nhập địa chỉ email, không kèm chữ hay dấu ngoặc nào khác.</translation>
    </message>
    <message>
        <source>Type the mobile number you registered with, for example 0912 345 678.</source>
        <translation>Bạn hãy nhập số di động đã dùng để đăng ký, ví dụ 0912 345 678.</translation>
    </message>
    <message>
        <source>Type your email address, for example nguyenvana@gmail.com.</source>
        <translation>Bạn hãy nhập địa chỉ email, ví dụ nguyenvana@gmail.com.</translation>
    </message>
    <message>
        <source>Type your name part before the @, for example nguyenvana@gmail.com.</source>
        <translation>Bạn hãy nhập phần tên trước dấu @, ví dụ nguyenvana@gmail.com.</translation>
    </message>
    <message>
        <source>Use {proposal}</source>
        <translation>Dùng {proposal}</translation>
    </message>
    <message>
        <source>Which one did you mean?</source>
        <translation>Bạn muốn nhập địa chỉ nào?</translation>
    </message>
    <message>
        <source>Yes, use this foreign number</source>
        <translation>Đúng, dùng số nước ngoài này</translation>
    </message>
    <message>
        <source>{code}: a personal identification number starts with the code of the province where the birth was registered, and {prefix} is none of them. Check the first three digits; if the number is right (a birth registered abroad, for example), confirm it.</source>
        <translation>{code}: số định danh cá nhân bắt đầu bằng mã tỉnh, thành phố nơi đăng ký khai sinh, nhưng {prefix} không phải mã tỉnh nào. Bạn hãy kiểm tra ba chữ số đầu; nếu số này đúng (ví dụ khai sinh ở nước ngoài), bạn hãy xác nhận.</translation>
    </message>
    <message>
        <source>{number} is a foreign number. The SMS may not reach it, and email may be the better way. Confirm if you want to use this number.</source>
        <translation>{number} là số nước ngoài. Tin nhắn SMS có thể không đến được số này, dùng email có thể tốt hơn. Bạn hãy xác nhận nếu vẫn muốn dùng số này.</translation>
    </message>
    <message>
        <source>{number} · original network {network}</source>
        <translation>{number} · mạng gốc {network}</translation>
    </message>
    <message>
        <source>{number}: the prefix {prefix} is new (original network {network}) and not yet in the program&apos;s list. Is the number right? If it is, confirm it.</source>
        <translation>{number}: đầu số {prefix} còn mới (mạng gốc {network}), chương trình chưa có trong danh sách. Số này có đúng không? Nếu đúng, bạn hãy xác nhận.</translation>
    </message>
    <message>
        <source>{number}: the prefix {prefix} is new and not yet in the program&apos;s list. Is the number right? If it is, confirm it.</source>
        <translation>{number}: đầu số {prefix} còn mới, chương trình chưa có trong danh sách. Số này có đúng không? Nếu đúng, bạn hãy xác nhận.</translation>
    </message>
    <message>
        <source>{old} is an old 11-digit number. Since 2018 it is {new}: use the new number.</source>
        <translation>{old} là số cũ có 11 chữ số. Từ năm 2018 số này đã đổi thành {new}: bạn hãy dùng số mới.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>10 or 12 digits</source>
        <translation>10 hoặc 12 chữ số</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Địa chỉ email</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Số điện thoại di động</translation>
    </message>
    <message>
        <source>Social insurance number (mã số BHXH) or 12-digit personal identification number (optional)</source>
        <translation>Mã số BHXH hoặc số định danh cá nhân 12 số (không bắt buộc)</translation>
    </message>
    <message>
        <source>Type them as you gave them to BHXH. We check them for common mistakes.</source>
        <translation>Hãy nhập đúng như bạn đã khai với BHXH. Chương trình sẽ kiểm tra các lỗi hay gặp.</translation>
    </message>
    <message>
        <source>Which phone number or email did you register with?</source>
        <translation>Bạn đã đăng ký bằng số điện thoại hoặc email nào?</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>ví dụ: 0912 345 678</translation>
    </message>
    <message>
        <source>e.g. ten@gmail.com</source>
        <translation>ví dụ: ten@gmail.com</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>A short way to find out which phone you have, then you come back to this list.</source>
        <translation>Vài bước ngắn để biết máy của bạn là loại nào, rồi quay lại danh sách này.</translation>
    </message>
    <message>
        <source>Choose the make of your phone. The steps are different on each make.</source>
        <translation>Chọn hãng điện thoại của bạn. Mỗi hãng có các bước khác nhau.</translation>
    </message>
    <message>
        <source>Not in the list, or not sure?</source>
        <translation>Không thấy máy của bạn, hoặc chưa chắc?</translation>
    </message>
    <message>
        <source>Signal, SIM card, full memory: worth checking on every phone.</source>
        <translation>Sóng, thẻ SIM, bộ nhớ đầy: nên kiểm tra trên mọi điện thoại.</translation>
    </message>
    <message>
        <source>Which phone do you have?</source>
        <translation>Bạn dùng điện thoại loại nào?</translation>
    </message>
</context>
<context>
    <name>EmailKeyboard</name>
    <message>
        <source>At sign @</source>
        <translation>Dấu a còng @</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Xóa ký tự cuối</translation>
    </message>
    <message>
        <source>Dot .</source>
        <translation>Dấu chấm .</translation>
    </message>
    <message>
        <source>Hyphen -</source>
        <translation>Dấu gạch ngang -</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Chữ %1</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Gõ %1</translation>
    </message>
    <message>
        <source>Underscore _</source>
        <translation>Dấu gạch dưới _</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Back to the list of phones</source>
        <translation>Quay lại danh sách điện thoại</translation>
    </message>
    <message>
        <source>I have done these steps</source>
        <translation>Tôi đã làm xong các bước này</translation>
    </message>
    <message>
        <source>Tap or click each step when you have done it.</source>
        <translation>Chạm hoặc bấm vào từng bước khi bạn đã làm xong.</translation>
    </message>
</context>
<context>
    <name>Guides</name>
    <message>
        <source>Some files of the content folder could not be used, so the program&apos;s own are shown (for staff: %1).</source>
        <translation>Một số tệp trong thư mục nội dung không dùng được, nên chương trình dùng bản có sẵn của mình (dành cho nhân viên: %1).</translation>
    </message>
    <message>
        <source>The phone and email guides could not be loaded, so they are not offered (for staff: %1).</source>
        <translation>Không tải được các hướng dẫn cho điện thoại và email, nên chương trình tạm không hiển thị các hướng dẫn này (dành cho nhân viên: %1).</translation>
    </message>
</context>
<context>
    <name>HistoryButton</name>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Shows or hides every request recorded on this computer (%1).</source>
        <translation>Hiện hoặc ẩn mọi lần yêu cầu đã ghi trên máy tính này (%1).</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Phone / email</source>
        <translation>Số điện thoại / email</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Việc đã làm</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>%1 requests deleted.</source>
        <translation>Đã xóa %1 lần yêu cầu.</translation>
    </message>
    <message>
        <source>%1 requests recorded on this computer in all.</source>
        <translation>Tổng cộng %1 lần yêu cầu được ghi lại trên máy tính này.</translation>
    </message>
    <message>
        <source>%1 requests written to %2</source>
        <translation>Đã ghi %1 lần yêu cầu vào tệp %2</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Delete every request recorded for %1? This cannot be undone.</source>
        <translation>Xóa mọi lần yêu cầu đã ghi của %1? Không thể lấy lại sau khi xóa.</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Deletes every request of the person typed above, after asking.</source>
        <translation>Xóa mọi lần yêu cầu của người có số điện thoại hoặc email nhập ở trên, sau khi hỏi lại.</translation>
    </message>
    <message>
        <source>Export the requests</source>
        <translation>Xuất các lần yêu cầu</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Xuất ra tệp CSV</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 rows…</source>
        <translation>Đang xuất: %1 trên %2 dòng…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>Xóa dữ liệu người này</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Hide the history of requests</source>
        <translation>Ẩn lịch sử yêu cầu</translation>
    </message>
    <message>
        <source>It comes back with %1.</source>
        <translation>Bấm %1 để hiện lại.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>More rows load as you scroll down.</source>
        <translation>Kéo xuống để xem thêm.</translation>
    </message>
    <message>
        <source>Phone or email to look up</source>
        <translation>Số điện thoại hoặc email cần tìm</translation>
    </message>
    <message>
        <source>Recorded requests, newest first</source>
        <translation>Các lần yêu cầu đã ghi, mới nhất ở trên</translation>
    </message>
    <message>
        <source>Requests recorded on this computer</source>
        <translation>Các lần yêu cầu đã ghi trên máy tính này</translation>
    </message>
    <message>
        <source>Saves the rows shown (everyone, or the person filtered) as a file for Excel.</source>
        <translation>Lưu các dòng đang hiện (mọi người, hoặc người đang lọc) thành tệp mở được bằng Excel.</translation>
    </message>
    <message>
        <source>Show one person</source>
        <translation>Xem riêng một người</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Dừng xuất tệp</translation>
    </message>
    <message>
        <source>Stops writing the file; nothing is left half written.</source>
        <translation>Dừng ghi tệp; không để lại tệp ghi dở.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Đã dừng xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>The record of requests was damaged and could not be read to the end, so no file was written. It was put aside and a new one was started.</source>
        <translation>Bản ghi các yêu cầu bị hỏng và không đọc được đến hết, nên chương trình không ghi tệp nào. Bản ghi cũ đã được để riêng và chương trình đã bắt đầu một bản ghi mới.</translation>
    </message>
    <message>
        <source>Type a whole phone number or email address to look someone up.</source>
        <translation>Hãy nhập đầy đủ số điện thoại hoặc địa chỉ email để tìm một người.</translation>
    </message>
</context>
<context>
    <name>HotlineNumber</name>
    <message>
        <source>Calls the hotline where this computer can place calls, and copies the number.</source>
        <translation>Gọi tổng đài nếu máy tính này gọi được điện thoại, và sao chép số tổng đài.</translation>
    </message>
</context>
<context>
    <name>HotlinePage</name>
    <message>
        <source>Before you call, try these; often you will not need to wait for an operator.</source>
        <translation>Trước khi gọi, bạn hãy thử các cách sau; nhiều khi không cần chờ gặp nhân viên.</translation>
    </message>
    <message>
        <source>Call the BHXH hotline</source>
        <translation>Gọi tổng đài hỗ trợ của BHXH</translation>
    </message>
    <message>
        <source>Copied. You can paste the summary into a message or an email.</source>
        <translation>Đã sao chép. Bạn có thể dán bản tóm tắt vào tin nhắn hoặc email.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy the Vietnamese summary, to paste it into a message.</source>
        <translation>Sao chép bản tóm tắt tiếng Việt để dán vào tin nhắn.</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask the staff.</source>
        <translation>Máy này chưa được cài máy in. Bạn hãy hỏi nhân viên.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Print the Vietnamese summary on paper.</source>
        <translation>In bản tóm tắt tiếng Việt ra giấy.</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>In bản tóm tắt</translation>
    </message>
    <message>
        <source>QR code of the summary</source>
        <translation>Mã QR của bản tóm tắt</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>Save the Vietnamese summary as a PDF file on this computer.</source>
        <translation>Lưu bản tóm tắt tiếng Việt thành tệp PDF trên máy tính này.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Lưu bản tóm tắt thành tệp PDF</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Scan it with your phone&apos;s camera to keep the summary.</source>
        <translation>Quét mã bằng camera điện thoại để giữ bản tóm tắt.</translation>
    </message>
    <message>
        <source>Summary for the hotline, in Vietnamese</source>
        <translation>Bản tóm tắt cho tổng đài, bằng tiếng Việt</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Please choose another folder.</source>
        <translation>Không lưu được tệp PDF vào đó. Bạn hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The QR code holds the main part of the summary. Scan it with your phone&apos;s camera.</source>
        <translation>Mã QR chứa phần chính của bản tóm tắt. Quét mã bằng camera điện thoại để giữ lại.</translation>
    </message>
    <message>
        <source>The call costs 1,000 đồng a minute.</source>
        <translation>Cước gọi: 1.000 đồng/phút.</translation>
    </message>
    <message>
        <source>The number 1900 9068 is copied. If no call starts on this computer, call it from your phone.</source>
        <translation>Đã sao chép số 1900 9068. Nếu máy tính này không tự gọi, bạn hãy gọi số này bằng điện thoại.</translation>
    </message>
    <message>
        <source>The printer of this kiosk cannot be found. Please ask the staff.</source>
        <translation>Không tìm thấy máy in của máy này. Bạn hãy hỏi nhân viên.</translation>
    </message>
    <message>
        <source>The printer “%1” in the settings was not found: choose another.</source>
        <translation>Không tìm thấy máy in “%1” trong phần cài đặt: hãy chọn máy in khác.</translation>
    </message>
    <message>
        <source>The printer “%1” in the settings was not found; the summary was sent to the printer chosen.</source>
        <translation>Không tìm thấy máy in “%1” trong phần cài đặt; bản tóm tắt đã được gửi tới máy in đã chọn.</translation>
    </message>
    <message>
        <source>The same in English</source>
        <translation>Bản tiếng Anh</translation>
    </message>
    <message>
        <source>The same summary in English</source>
        <translation>Bản tóm tắt bằng tiếng Anh</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>Đã gửi bản tóm tắt tới máy in.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s printer makes files, not paper, so it is not used. Please ask the staff.</source>
        <translation>Máy in của máy này chỉ tạo tệp, không in ra giấy, nên chương trình không dùng. Bạn hãy hỏi nhân viên.</translation>
    </message>
    <message>
        <source>VssID summary for the hotline</source>
        <translation>Tóm tắt VssID cho tổng đài</translation>
    </message>
    <message>
        <source>When you reach an operator, read them the summary below: it holds the details they may need.</source>
        <translation>Khi gặp nhân viên tổng đài, bạn hãy đọc bản tóm tắt dưới đây: trong đó có sẵn các thông tin họ có thể cần.</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message>
        <source>%1 seconds left</source>
        <translation>Còn %1 giây</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Bạn vẫn đang dùng máy chứ?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Tôi vẫn đang dùng</translation>
    </message>
    <message>
        <source>Keep your answers and carry on.</source>
        <translation>Giữ lại các câu trả lời và làm tiếp.</translation>
    </message>
    <message>
        <source>To protect your information, everything on this screen will be cleared when the count reaches 0.</source>
        <translation>Để bảo vệ thông tin của bạn, mọi thứ trên màn hình sẽ được xóa khi đếm ngược về 0.</translation>
    </message>
</context>
<context>
    <name>JourneyHeader</name>
    <message>
        <source>Call the hotline now</source>
        <translation>Gọi tổng đài ngay</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation>Tương phản cao: tắt</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation>Tương phản cao: bật</translation>
    </message>
    <message>
        <source>Makes all text larger: 100%, 125%, 150%, then back to 100%.</source>
        <translation>Phóng to toàn bộ chữ: 100%, 125%, 150%, rồi trở lại 100%.</translation>
    </message>
    <message>
        <source>Shows the hotline number and a summary of what you have told the program so far.</source>
        <translation>Hiện số tổng đài và bản tóm tắt những gì bạn đã cho chương trình biết đến lúc này.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Bước %1 / %2</translation>
    </message>
    <message>
        <source>Step %1 of about %2</source>
        <translation>Bước %1 / khoảng %2</translation>
    </message>
    <message>
        <source>Switches between white text on black and the usual colours.</source>
        <translation>Chuyển giữa chữ trắng trên nền đen và màu thông thường.</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>Cỡ chữ: %1%</translation>
    </message>
    <message>
        <source>VssID password helper</source>
        <translation>Trợ giúp mật khẩu VssID</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Clears everything you typed, so that the next person starts afresh.</source>
        <translation>Xóa mọi thông tin bạn đã nhập, để người sau bắt đầu lại từ đầu.</translation>
    </message>
    <message>
        <source>Clears everything, so that the next person starts afresh.</source>
        <translation>Xóa hết mọi thứ, để người sau bắt đầu lại từ đầu.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Have you scanned the QR code or printed the summary?</source>
        <translation>Bạn đã chụp mã QR hoặc in bản tóm tắt chưa?</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Không, làm tiếp</translation>
    </message>
    <message>
        <source>Not yet, keep the summary</source>
        <translation>Chưa, giữ lại bản tóm tắt</translation>
    </message>
    <message>
        <source>Start again from the first page? Everything you typed will be cleared.</source>
        <translation>Làm lại từ trang đầu? Mọi thứ bạn đã nhập sẽ bị xóa.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Làm lại từ đầu</translation>
    </message>
</context>
<context>
    <name>KioskQuestion</name>
    <message>
        <source>Return to the page, with your answers.</source>
        <translation>Trở lại trang đang làm, các câu trả lời vẫn được giữ.</translation>
    </message>
</context>
<context>
    <name>LogNoticeBar</name>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Ẩn thông báo này</translation>
    </message>
    <message>
        <source>Requests cannot be saved on this computer. They are kept only until the program closes.</source>
        <translation>Không lưu được các lần yêu cầu trên máy tính này. Chương trình chỉ giữ chúng đến khi đóng lại.</translation>
    </message>
    <message>
        <source>The program keeps working; only the record of requests is affected.</source>
        <translation>Chương trình vẫn chạy bình thường; chỉ phần ghi các lần yêu cầu bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>The record of earlier requests was damaged. It was put aside and a new one was started.</source>
        <translation>Tệp ghi các lần yêu cầu trước bị hỏng. Tệp cũ đã được cất riêng và chương trình ghi lại từ đầu.</translation>
    </message>
    <message>
        <source>The record of requests comes from a newer version of this program. New requests are kept only until the program closes.</source>
        <translation>Tệp ghi các lần yêu cầu do phiên bản mới hơn của chương trình tạo ra. Các lần yêu cầu mới chỉ được giữ đến khi đóng chương trình.</translation>
    </message>
</context>
<context>
    <name>NumberKeypad</name>
    <message>
        <source>Clear all</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Xóa ký tự cuối</translation>
    </message>
</context>
<context>
    <name>OnScreenKeys</name>
    <message>
        <source>On-screen keys for “%1”</source>
        <translation>Bàn phím trên màn hình cho ô “%1”</translation>
    </message>
    <message>
        <source>Types into “%1”.</source>
        <translation>Gõ vào ô “%1”.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Back to the answers ↑</source>
        <translation>Về các câu trả lời ↑</translation>
    </message>
    <message>
        <source>Back to the top ↑</source>
        <translation>Lên đầu trang ↑</translation>
    </message>
    <message>
        <source>Choose one of the answers above to go on.</source>
        <translation>Hãy chọn một câu trả lời ở trên để tiếp tục.</translation>
    </message>
    <message>
        <source>Fill in what is asked above to go on. The line under each box says what is missing.</source>
        <translation>Hãy điền các ô ở trên để tiếp tục. Dòng chữ dưới mỗi ô cho biết còn thiếu gì.</translation>
    </message>
    <message>
        <source>Read on ↓</source>
        <translation>Đọc tiếp ↓</translation>
    </message>
    <message>
        <source>Scrolls the explanation above or below the answers by one screen.</source>
        <translation>Cuộn phần giải thích ở trên hoặc dưới các câu trả lời thêm một màn hình.</translation>
    </message>
    <message>
        <source>Show the explanation ↓</source>
        <translation>Xem phần giải thích ↓</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Chosen from your email address %1. If it is not right, choose another.</source>
        <translation>Đã chọn theo địa chỉ email của bạn, %1. Nếu chưa đúng, hãy chọn dịch vụ khác.</translation>
    </message>
    <message>
        <source>Each service has its own spam folder, and its name differs from one service to another.</source>
        <translation>Mỗi dịch vụ có thư mục thư rác riêng, và tên thư mục mỗi nơi một khác.</translation>
    </message>
    <message>
        <source>Which email service do you use?</source>
        <translation>Bạn dùng dịch vụ email nào?</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>At a BHXH office, or my employer did it</source>
        <translation>Tại cơ quan BHXH, hoặc do đơn vị nơi tôi làm việc đăng ký</translation>
    </message>
    <message>
        <source>BHXH staff or my employer registered me.</source>
        <translation>Cán bộ BHXH hoặc đơn vị đã đăng ký giúp tôi.</translation>
    </message>
    <message>
        <source>How did you register for VssID?</source>
        <translation>Bạn đã đăng ký VssID bằng cách nào?</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <translation>Tôi không chắc</translation>
    </message>
    <message>
        <source>I pressed “Đăng ký tài khoản” in the app myself.</source>
        <translation>Tôi tự bấm “Đăng ký tài khoản” trong ứng dụng.</translation>
    </message>
    <message>
        <source>In the VssID app</source>
        <translation>Trong ứng dụng VssID</translation>
    </message>
    <message>
        <source>The answer helps the program tell which phone number or email your BHXH file may hold.</source>
        <translation>Câu trả lời giúp chương trình biết hồ sơ BHXH của bạn có thể đang ghi số điện thoại hay email nào.</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>For staff: every recorded request is dated after the computer&apos;s clock, so none was deleted. Please check the date and time.</source>
        <translation>Dành cho nhân viên: mọi yêu cầu đã ghi đều có ngày sau đồng hồ của máy tính, nên chương trình không xóa yêu cầu nào. Vui lòng kiểm tra lại ngày giờ.</translation>
    </message>
    <message>
        <source>For staff: old requests could not all be deleted (the disk may be full). The program tries again every hour.</source>
        <translation>Dành cho nhân viên: chưa xóa được hết các yêu cầu cũ (có thể ổ đĩa đã đầy). Chương trình sẽ thử lại mỗi giờ.</translation>
    </message>
    <message>
        <source>For staff: the computer&apos;s clock is %1 days past the last recorded request, more than the %2 days requests are kept, so none was deleted. Please check the date and time.</source>
        <translation>Dành cho nhân viên: đồng hồ của máy tính đang chỉ thời điểm sau yêu cầu được ghi gần nhất %1 ngày, lâu hơn thời gian %2 ngày mà chương trình giữ các yêu cầu, nên chương trình không xóa yêu cầu nào. Vui lòng kiểm tra lại ngày giờ.</translation>
    </message>
</context>
<context>
    <name>SettingsNotice</name>
    <message>
        <source>Some settings could not be used, so their defaults apply. Please tell whoever set up this computer:</source>
        <translation>Một số cài đặt không dùng được nên chương trình dùng giá trị mặc định. Vui lòng báo cho người đã cài đặt máy này:</translation>
    </message>
</context>
<context>
    <name>SolvedPage</name>
    <message>
        <source>Good news: you have your password</source>
        <translation>Tốt quá, bạn đã có mật khẩu!</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Việc nên làm tiếp theo</translation>
    </message>
    <message>
        <source>You can now log in to the VssID app.</source>
        <translation>Bây giờ bạn có thể đăng nhập ứng dụng VssID.</translation>
    </message>
</context>
<context>
    <name>SourcesButton</name>
    <message>
        <source>Shows or hides, for staff, the sources of every page and how sure they are (%1).</source>
        <translation>Hiện hoặc ẩn bảng nguồn thông tin của mọi trang và mức độ chắc chắn, dành cho nhân viên (%1).</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>For staff: what each page and guide rests on, the least sure and oldest first. The same text as vssid-helper --content-report.</source>
        <translation>Dành cho nhân viên: mỗi trang và mỗi hướng dẫn dựa vào nguồn nào; điều ít chắc chắn nhất và cũ nhất ở trên. Nội dung giống lệnh vssid-helper --content-report.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Hide the sources</source>
        <translation>Ẩn bảng nguồn thông tin</translation>
    </message>
    <message>
        <source>Press %1 to show them again.</source>
        <translation>Bấm %1 để hiện lại.</translation>
    </message>
    <message>
        <source>Sources and how sure they are</source>
        <translation>Nguồn thông tin và mức độ chắc chắn</translation>
    </message>
    <message>
        <source>Sources of every page and guide</source>
        <translation>Nguồn của mọi trang và mọi hướng dẫn</translation>
    </message>
</context>
<context>
    <name>StaffNotice</name>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Ẩn thông báo này</translation>
    </message>
    <message>
        <source>It comes back if the problem is still there at the next start.</source>
        <translation>Thông báo sẽ hiện lại nếu vấn đề vẫn còn ở lần mở chương trình sau.</translation>
    </message>
</context>
<context>
    <name>StaffPinPrompt</name>
    <message>
        <source>%1 to %2 digits. Only staff know it.</source>
        <translation>Từ %1 đến %2 chữ số. Chỉ nhân viên biết mã này.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Checks the PIN; if it is right, the program closes.</source>
        <translation>Kiểm tra mã PIN; nếu đúng, chương trình sẽ đóng.</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Đóng chương trình</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>No staff PIN is set on this computer. Ask IT: the program can then only be closed from the operating system.</source>
        <translation>Máy này chưa đặt mã PIN nhân viên. Hãy hỏi bộ phận IT: khi chưa có mã, chỉ có thể đóng chương trình từ hệ điều hành.</translation>
    </message>
    <message>
        <source>Return to the kiosk.</source>
        <translation>Quay lại chương trình.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Mã PIN nhân viên</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Chỉ dành cho nhân viên</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Mã PIN không đúng.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Bạn đã nhập sai quá nhiều lần. Hãy thử lại sau %1 giây.</translation>
    </message>
    <message>
        <source>Type the staff PIN to close the program.</source>
        <translation>Nhập mã PIN nhân viên để đóng chương trình.</translation>
    </message>
</context>
<context>
    <name>StepPicture</name>
    <message>
        <source>Picture: where this is on the screen</source>
        <translation>Hình vẽ: chỗ này nằm ở đâu trên màn hình</translation>
    </message>
</context>
<context>
    <name>WaitPanel</name>
    <message>
        <source>%1 minutes have passed: we advise calling the hotline now.</source>
        <translation>Đã qua %1 phút: bạn nên gọi tổng đài ngay bây giờ.</translation>
    </message>
    <message>
        <source>%1 minutes left of the %2-minute wait</source>
        <translation>Còn %1 phút trong %2 phút chờ</translation>
    </message>
    <message>
        <source>1 minute left of the %2-minute wait</source>
        <translation>Còn 1 phút trong %2 phút chờ</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>giờ:phút</translation>
    </message>
    <message>
        <source>If it was not just now, type the time first:</source>
        <translation>Nếu không phải vừa xong, hãy nhập giờ trước:</translation>
    </message>
    <message>
        <source>Now press what you did at %1.</source>
        <translation>Bây giờ hãy bấm vào việc bạn đã làm lúc %1.</translation>
    </message>
    <message>
        <source>Open the hotline page</source>
        <translation>Mở trang tổng đài hỗ trợ</translation>
    </message>
    <message>
        <source>Press what you did: the program notes the time, so that you know how long you have waited. After “Quên mật khẩu” or a call to key 8, if nothing has come after %1 minutes, we advise calling the hotline.</source>
        <translation>Hãy bấm vào việc bạn đã làm: chương trình ghi lại giờ, để bạn biết mình đã chờ bao lâu. Sau khi bấm “Quên mật khẩu” hoặc gọi phím 8, nếu sau %1 phút vẫn chưa nhận được gì, bạn nên gọi tổng đài.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Đã ghi lại: %1.</translation>
    </message>
    <message>
        <source>Records that you did this, at the time typed above or now.</source>
        <translation>Ghi lại rằng bạn đã làm việc này, vào giờ đã nhập ở trên hoặc vào lúc này.</translation>
    </message>
    <message>
        <source>Shows the hotline number and a summary to read to the operator.</source>
        <translation>Hiện số tổng đài và bản tóm tắt để đọc cho nhân viên tổng đài.</translation>
    </message>
    <message>
        <source>The countdown starts when you record “Quên mật khẩu” or a call to key 8.</source>
        <translation>Đồng hồ đếm ngược bắt đầu khi bạn ghi lại việc bấm “Quên mật khẩu” hoặc gọi phím 8.</translation>
    </message>
    <message>
        <source>The hour and minutes, for example 14:05.</source>
        <translation>Giờ và phút, ví dụ 14:05.</translation>
    </message>
    <message>
        <source>Type the time as hour and minutes, for example 14:05.</source>
        <translation>Bạn hãy nhập giờ và phút, ví dụ 14:05.</translation>
    </message>
    <message>
        <source>Type your phone number or email on the page for them first: the requests are kept under it.</source>
        <translation>Trước hết, hãy nhập số điện thoại hoặc email ở trang nhập số điện thoại và email: các lần yêu cầu được ghi theo số hoặc email đó.</translation>
    </message>
    <message>
        <source>What did you just do?</source>
        <translation>Bạn vừa làm gì?</translation>
    </message>
    <message>
        <source>What was recorded for this contact</source>
        <translation>Những việc đã ghi lại cho số điện thoại hoặc email này</translation>
    </message>
    <message>
        <source>You asked %1 minutes ago.</source>
        <translation>Bạn đã yêu cầu cách đây %1 phút.</translation>
    </message>
    <message>
        <source>You asked 1 minute ago.</source>
        <translation>Bạn đã yêu cầu cách đây 1 phút.</translation>
    </message>
    <message>
        <source>You asked less than a minute ago.</source>
        <translation>Bạn vừa yêu cầu chưa đến 1 phút trước.</translation>
    </message>
    <message>
        <source>Your last request was more than a day ago. Try again (the earlier pages say how), then record it here.</source>
        <translation>Lần yêu cầu gần nhất đã cách đây hơn một ngày. Bạn hãy thử lại (xem các cách ở những trang trước) rồi ghi lại ở đây.</translation>
    </message>
</context>
<context>
    <name>WaysInPage</name>
    <message>
        <source>Each works only if what is listed under “You need” is true for you.</source>
        <translation>Mỗi cách chỉ dùng được khi bạn có đủ những điều ghi ở mục “Cần có”.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách làm</translation>
    </message>
    <message>
        <source>I got in with one of these</source>
        <translation>Tôi đã vào được bằng một trong các cách này</translation>
    </message>
    <message>
        <source>None of these works for me</source>
        <translation>Không cách nào dùng được với tôi</translation>
    </message>
    <message>
        <source>Ways into your account that need no SMS</source>
        <translation>Các cách vào tài khoản không cần tin nhắn SMS</translation>
    </message>
    <message>
        <source>We will prepare what to tell the hotline.</source>
        <translation>Chương trình sẽ chuẩn bị sẵn nội dung để bạn nói với tổng đài.</translation>
    </message>
    <message>
        <source>You need</source>
        <translation>Cần có</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>This assistant goes through the usual reasons one by one and shows you what to do. It takes a few minutes.</source>
        <translation>Chương trình này cùng bạn xem lần lượt từng nguyên nhân thường gặp và chỉ cách xử lý. Chỉ mất vài phút.</translation>
    </message>
    <message>
        <source>This program is not made by Vietnam Social Security (Bảo hiểm xã hội Việt Nam, BHXH). What you type stays on this computer.</source>
        <translation>Chương trình này không phải của Bảo hiểm xã hội Việt Nam (BHXH). Những gì bạn nhập chỉ lưu trên máy tính này.</translation>
    </message>
    <message>
        <source>You will need the phone or the email address you used to register.</source>
        <translation>Bạn cần có điện thoại hoặc địa chỉ email đã dùng khi đăng ký.</translation>
    </message>
    <message>
        <source>Your VssID password has not arrived?</source>
        <translation>Chưa nhận được mật khẩu VssID?</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>After this, the summary is cleared from the screen.</source>
        <translation>Sau bước này, bản tóm tắt sẽ bị xóa khỏi màn hình.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Choose this answer, then press Next.</source>
        <translation>Chọn câu trả lời này, rồi bấm Tiếp tục.</translation>
    </message>
    <message>
        <source>Choose “I checked: this is not the problem” to go on, or ask the staff about this reason.</source>
        <translation>Chọn “Tôi đã kiểm tra: không phải do điều này” để đi tiếp, hoặc hỏi nhân viên về nguyên nhân này.</translation>
    </message>
    <message>
        <source>Clear every answer and return to the first page.</source>
        <translation>Xóa mọi câu trả lời và quay về trang đầu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close the program.</source>
        <translation>Đóng chương trình.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>For staff: some texts could not be read, so the program shows its own instead. Please tell whoever edits them:</source>
        <translation>Dành cho nhân viên: một số nội dung không đọc được, nên chương trình hiện nội dung có sẵn của mình thay thế. Vui lòng báo cho người chỉnh sửa nội dung:</translation>
    </message>
    <message>
        <source>Go to the next page. The Enter key does the same.</source>
        <translation>Sang trang tiếp theo. Phím Enter cũng làm như vậy.</translation>
    </message>
    <message>
        <source>Have you scanned the QR code or printed the summary?</source>
        <translation>Bạn đã chụp mã QR hoặc in bản tóm tắt chưa?</translation>
    </message>
    <message>
        <source>Its words could not be read; the notice at the top says which file.</source>
        <translation>Không đọc được nội dung của trang này; thông báo ở đầu màn hình cho biết tệp nào.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Không, làm tiếp</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Not yet, keep the summary</source>
        <translation>Chưa, giữ lại bản tóm tắt</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Return to the previous page. Your answers are kept.</source>
        <translation>Quay về trang trước. Các câu trả lời của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>Start again from the first page? Your answers will be cleared.</source>
        <translation>Làm lại từ trang đầu? Các câu trả lời của bạn sẽ bị xóa.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <source>Text to read or copy; it cannot be changed here.</source>
        <translation>Văn bản để đọc hoặc sao chép; không sửa được ở đây.</translation>
    </message>
    <message>
        <source>The summary could not be made: its words could not be read. Tell the operator:</source>
        <translation>Chương trình không tạo được bản tóm tắt vì không đọc được nội dung. Hãy cho nhân viên tổng đài biết:</translation>
    </message>
    <message>
        <source>This reason&apos;s page could not be shown</source>
        <translation>Không hiện được trang của nguyên nhân này</translation>
    </message>
    <message>
        <source>VssID password helper</source>
        <translation>Trợ giúp mật khẩu VssID</translation>
    </message>
</context>
</TS>

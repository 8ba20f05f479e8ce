package org.leakaid.evidence.pack;

/** 如何核验-HOW-TO-VERIFY.txt: how anyone checks the package, in Chinese and English. */
final class HowToVerify {
  private HowToVerify() {}

  static String text(String caseId, String generatedAt, String chainHead, int files, int entries) {
    return """
        如何核验本证据包
        ================

        案件编号：%1$s
        生成时间：%2$s
        证据文件：%4$d 个；哈希链记录：%5$d 条
        哈希链头：%3$s

        一、证据包里有什么
          files/                  原始证据文件，与上传时逐字节相同
          证据目录.docx、证据目录.pdf  证据目录（可编辑版和打印版）
          manifest.json           每个文件的 SHA-256 值和大小、本案哈希链的全部记录和链头
          SHA256SUMS.txt          供 sha256sum 使用的校验值清单

        二、用 sha256sum 核验文件（无需安装任何软件）
          先解压，再在解压后的目录中执行：
            Linux:   sha256sum -c SHA256SUMS.txt
            macOS:   shasum -a 256 -c SHA256SUMS.txt
            Windows: certutil -hashfile 文件名 SHA256 （逐个文件与 SHA256SUMS.txt 对照）
          每个文件都应显示 OK（或“成功”）。任何文件被改动过一个字节，该文件会显示 FAILED。

        三、用挽回（LeakAid）核验全部内容
            ./leakaid verify 证据包.zip
          它会重新计算每个文件的 SHA-256、哈希链的每一条记录和 manifest.json，并检查有没有文件被增加或删除。
          完好时输出以 OK 开头的一行，退出码为 0；否则指出第一处不符（哪个文件或哪条记录），退出码为 1。

        四、哈希链如何计算（供独立核验）
          manifest.json 中 chain.entries 的每条记录去掉 "hash" 成员后，按 RFC 8785（JSON 规范化方案）
          写成规范 JSON（成员按名称排序、无空白、UTF-8），其 SHA-256 即该记录的 hash；
          每条记录的 "prev" 等于前一条记录的 hash，第一条为 64 个 0；最后一条的 hash 即链头。
          证据文件通过记录中的 sha256 与哈希链相连，所以链头概括了全部记录和全部文件。

        五、请保存链头
          首次提交证据时，请把上面的哈希链头另行记录（例如写在报案材料或起诉材料中，或发给律师）。
          即使有人改动证据包并重新计算全部哈希值，链头也会改变，与记录的链头对照即可发现。
          核验时可用：./leakaid verify 证据包.zip --head 链头

        六、哈希值能证明什么，不能证明什么
          SHA-256 哈希值和哈希链能证明：文件和记录在哈希值被记下之后没有被改动过。它们不能证明文件
          是在何时形成的，也不能证明文件内容本身是真实的；挽回不提供可信时间戳或区块链存证。
          需要证明证据在某一时间已经存在的，可以把证据文件（或上面的链头）交给可信时间戳、区块链
          存证等中立的第三方存证平台，或者办理公证，并保留存有原始证据的手机等原始载体。
          法律依据：
          《最高人民法院关于互联网法院审理案件若干问题的规定》第十一条：“当事人提交的电子数据，
            通过电子签名、可信时间戳、哈希值校验、区块链等证据收集、固定和防篡改的技术手段或者通过
            电子取证存证平台认证，能够证明其真实性的，互联网法院应当确认。”
          《人民法院在线诉讼规则》第十六条至第十九条：通过区块链技术存储、经技术核验一致的电子数据，
            人民法院可以认定其上链后未经篡改，有相反证据足以推翻的除外；上链前数据是否真实，法院仍可审查。
          其他法院依照《最高人民法院关于民事诉讼证据的若干规定》第九十三条、第九十四条审查电子数据的真实性。


        HOW TO VERIFY THIS EVIDENCE PACKAGE
        ===================================

        Case: %1$s
        Generated: %2$s
        Evidence files: %4$d; hash-chain entries: %5$d
        Chain head: %3$s

        1. Contents
          files/                  the original evidence files, byte for byte as uploaded
          证据目录.docx / .pdf     the evidence list (editable and printable)
          manifest.json           SHA-256 and size of every file, every entry of the case's hash chain, its head
          SHA256SUMS.txt          the checksums in the format sha256sum reads

        2. Check the files with sha256sum (nothing to install)
          Unzip, then in the unzipped folder run:
            Linux:   sha256sum -c SHA256SUMS.txt
            macOS:   shasum -a 256 -c SHA256SUMS.txt
            Windows: certutil -hashfile FILE SHA256 (compare each file with SHA256SUMS.txt)
          Every file must say OK. A file changed by even one byte says FAILED.

        3. Check everything with LeakAid
            ./leakaid verify PACKAGE.zip
          It recomputes every file's SHA-256, every hash-chain entry and manifest.json, and checks that no
          file was added or removed. Intact: one line starting with OK, exit code 0. Otherwise it names the
          first file or entry that does not match, exit code 1.

        4. How the chain is computed (to check it independently)
          For each entry in manifest.json chain.entries: remove its "hash" member, write the rest as
          canonical JSON per RFC 8785 (JCS: members sorted by name, no whitespace, UTF-8); its SHA-256
          is the entry's hash. Each entry's "prev" is the hash of the entry before it (64 zeros for the
          first); the last entry's hash is the chain head. Files hang from the chain by the sha256 in
          the entries, so the head stands for every entry and every file.

        5. Keep the chain head
          When you first hand over the evidence, write the chain head down elsewhere (in the police
          report or court filing, or send it to your lawyer). Whoever alters the package and recomputes
          every hash still changes the head. Check against it with:
            ./leakaid verify PACKAGE.zip --head HEAD

        6. What the hashes prove, and what they do not
          SHA-256 hashes and the hash chain prove that the files and entries have not changed since
          the hashes were written down. They do not prove when a file came into being, nor that its
          content is true; LeakAid provides no trusted time stamp and no blockchain record. To prove
          that evidence existed at a given time, lodge the files (or the chain head above) with a
          neutral service for trusted time stamps or blockchain evidence, or have them notarised, and
          keep the phone or other original device that holds the evidence.
          Legal basis: SPC Provisions on Several Issues Concerning the Trial of Cases by Internet
          Courts, art. 11 (internet courts must accept electronic data whose authenticity electronic
          signatures, trusted time stamps, hash checks, blockchain or a certified electronic evidence
          platform prove); Online Litigation Rules of the People's Courts, arts. 16-19 (blockchain-
          stored data that checks out may be found unaltered since it went on the chain, unless
          contrary evidence overturns that; authenticity before that can still be examined). Other
          courts examine electronic data under arts. 93 and 94 of the SPC Provisions on Evidence in
          Civil Procedure.
        """
        .formatted(caseId, generatedAt, chainHead, files, entries);
  }
}

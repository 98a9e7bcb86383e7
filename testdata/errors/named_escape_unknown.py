# A \N{...} escape naming a character outside the table aiogo carries
# (CJK ideographs): refused; write the character.
print("\N{CJK UNIFIED IDEOGRAPH-4E00}")

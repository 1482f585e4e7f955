# source: ESS API error InvalidUserData.Base64FormatInvalid; the old API reference showed the plain script "echo hello ecs!" as the example value
# context: networkType=VPC, osType=LINUX
# errors: USER_DATA_NOT_BASE64
aliyun ess CreateScalingConfiguration \
  --ScalingGroupId asg-bp14wlu85wrpchm0**** \
  --ImageId aliyun_3_x64_20G_alibase_20240819.vhd \
  --InstanceTypes.1 ecs.g7.large \
  --SecurityGroupId sg-bp18kz60mefs**** \
  --UserData "echo hello ecs!"

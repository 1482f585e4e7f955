# source: ESS API error InvalidSecurityGroupId.VPCMismatch (security group of another VPC)
# context: osType=LINUX, vpcId=vpc-bp1opxu1zkhn00gzv****, sg:sg-bp18kz60mefs****=vpc-bp1dgp1fbxdhu6zf2****
# errors: SECURITY_GROUP_VPC_MISMATCH
aliyun ess CreateScalingConfiguration --RegionId cn-hangzhou \
  --ScalingGroupId asg-bp14wlu85wrpchm0**** \
  --ImageId aliyun_3_x64_20G_alibase_20240819.vhd \
  --InstanceTypes.1 ecs.g7.large \
  --SecurityGroupId sg-bp18kz60mefs****
